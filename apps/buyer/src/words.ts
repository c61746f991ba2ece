import { complaintStrings } from './complaints/complaint-strings.ts';
import { buyerOriginStrings } from './origin/origin-strings.ts';
import { buyerStrings } from './strings.ts';

/**
 * The buyer app's own words (`buyer.…`, besides the shared ones of `@nongsan/ui`), Vietnamese first. Handed to
 * `<LocaleProvider words>`; the declaration below makes `t` check these keys in this app.
 */
export const appWords = { ...buyerStrings, ...buyerOriginStrings, ...complaintStrings } as const;

declare module '@nongsan/ui' {
  interface AppStrings {
    readonly words: typeof appWords;
  }
}
