import { sellerComplaintStrings } from './complaints/complaint-strings.ts';
import { sellerExportStrings } from './exports/export-strings.ts';
import { helperCommuneStrings } from './helper/helper-strings.ts';
import { sellerOrdersStrings } from './orders/order-strings.ts';
import { sellerStrings } from './strings.ts';
import { sellerTransferStrings } from './transfers/transfer-strings.ts';

/**
 * The seller app's own words (besides the shared ones of `@nongsan/ui`), Vietnamese first: its shop and listing
 * screens (`seller.…`), the order page (`sellerOrders.…`), helper mode and the commune view (`helper.…`, `commune.…`).
 * Handed to `<LocaleProvider words>`; the declaration below makes `t` check these keys in this app.
 */
export const appWords = {
  ...sellerStrings,
  ...sellerOrdersStrings,
  ...helperCommuneStrings,
  ...sellerTransferStrings,
  ...sellerExportStrings,
  ...sellerComplaintStrings,
} as const;

declare module '@nongsan/ui' {
  interface AppStrings {
    readonly words: typeof appWords;
  }
}
