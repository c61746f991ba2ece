import type { ProductId } from './catalog.ts';
import type { HarvestDates } from './listing-input.ts';
import { localDateText } from './local-date-text.ts';
import type { LinkPreview } from './shop-showcase.ts';

/** Where a listing's produce comes from, as its public origin page and its QR label show it. */
export interface ListingOrigin {
  readonly listingId: string;
  readonly productId: ProductId;
  readonly title: string;
  readonly shopId: string;
  /** The household's shop. */
  readonly shopName: string;
  readonly villageName: string;
  readonly communeName: string;
  /** When it was (or will be) picked, as the household entered it; null when it follows the season. */
  readonly harvest: HarvestDates | null;
  /** OCOP stars, 1–5, where the household entered them. */
  readonly ocopStars: number | null;
}

/** The origin page's path in the buyer app: what a listing's QR label opens. */
export function originPath(listingId: string): string {
  return `/buyer/origin/${encodeURIComponent(listingId)}`;
}

/** The printable label's path (A6 or a sticker): the origin page's QR code with the product and the household. */
export function originLabelPath(listingId: string): string {
  return `${originPath(listingId)}/label`;
}

/** The harvest as a person reads it: "01/07/2026" for one day, "01/07/2026 – 15/07/2026" for a window. */
export function harvestText(harvest: HarvestDates): string {
  return harvest.from === harvest.until
    ? localDateText(harvest.from)
    : `${localDateText(harvest.from)} – ${localDateText(harvest.until)}`;
}

/**
 * The preview a shared origin page carries (Zalo, Facebook): the product and the household in the title, then the
 * village and commune, the harvest and the OCOP stars where known, in Vietnamese (a preview has one language).
 */
export function originPreview(origin: ListingOrigin): LinkPreview {
  const parts = [
    `Thôn ${origin.villageName}, xã ${origin.communeName}`,
    origin.harvest ? `Thu hoạch ${harvestText(origin.harvest)}` : null,
    origin.ocopStars ? `OCOP ${origin.ocopStars} sao` : null,
  ].filter((part): part is string => part !== null);
  return {
    title: `Nguồn gốc: ${origin.title} – ${origin.shopName}`,
    description: `${parts.join(' · ')}.`,
  };
}
