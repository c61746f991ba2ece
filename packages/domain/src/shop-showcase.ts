import { getProduct, PRODUCT_IDS, type ProductId } from './catalog-data.ts';
import { effectiveStatus, type Listing, listingPhase, listingUnit } from './listings.ts';
import { type PhoneNumber, toInternational } from './phone.ts';
import { formatUnitPrice } from './quantity-format.ts';

/*
 * What a shop's page (`/buyer/shops/:id`) shows buyers, and what a shared link to a shop or a listing previews in
 * Zalo or Facebook: one place for both, so the card and the page never disagree.
 */

/**
 * Whether a listing is on its shop's page: on sale (not a draft, not paused, not ended, sold out included so a
 * buyer sees it will come back) and in season now or open for pre-orders.
 */
export function onShopPage(listing: Listing, now: Date): boolean {
  const status = effectiveStatus(listing, now);
  if (status === 'draft' || status === 'paused' || status === 'ended') return false;
  const phase = listingPhase(listing, now);
  return phase === 'in-season' || phase === 'pre-order';
}

/**
 * The products a shop sells (every listing it has published, whatever the season), in the catalog's order: the
 * rows of its harvest calendar.
 */
export function shopProducts(listings: readonly Pick<Listing, 'productId' | 'status'>[]): ProductId[] {
  const sold = new Set(listings.filter((l) => l.status !== 'draft').map((l) => l.productId));
  return PRODUCT_IDS.filter((id) => sold.has(id));
}

/** `tel:` and Zalo links to a shop's phone number (Zalo finds people by their Vietnamese number). */
export function contactLinks(phone: PhoneNumber): { readonly call: string; readonly zalo: string } {
  return { call: `tel:${toInternational(phone)}`, zalo: `https://zalo.me/${phone}` };
}

/** The text of a link preview (Open Graph / Twitter card): a title and at most 200 characters of description. */
export interface LinkPreview {
  readonly title: string;
  readonly description: string;
}

/** A preview's description is cut at a word to this many characters, with "…" (Facebook shows about 200). */
export const PREVIEW_DESCRIPTION_MAX = 200;

function shorten(text: string, max: number): string {
  const flat = text.replace(/[ \t\r\n]+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > max / 2 ? cut.slice(0, atWord) : cut).trimEnd()}…`;
}

/** A listing's preview: its title; the price per unit, the shop and village, then its own description (Vietnamese). */
export function listingPreview(
  listing: Pick<Listing, 'title' | 'productId' | 'unitPrice' | 'description'>,
  place: { readonly shopName: string; readonly villageName: string },
): LinkPreview {
  const price = formatUnitPrice(listing.unitPrice, listingUnit(listing), 'vi');
  const lead = `${price} · ${place.shopName}, thôn ${place.villageName}, Bắc Sơn, Lạng Sơn.`;
  return {
    title: `${listing.title} – ${price}`,
    description: shorten(
      listing.description ? `${lead} ${listing.description}` : lead,
      PREVIEW_DESCRIPTION_MAX,
    ),
  };
}

/** A shop's preview: its name and village; what it sells in season, then its own description (Vietnamese). */
export function shopPreview(
  shop: { readonly name: string; readonly villageName: string; readonly description: string },
  products: readonly ProductId[],
): LinkPreview {
  const selling = products.map((id) => getProduct(id).name.vi);
  const lead =
    selling.length > 0
      ? `Gian hàng thôn ${shop.villageName}, Bắc Sơn, Lạng Sơn: ${selling.join(', ')}.`
      : `Gian hàng thôn ${shop.villageName}, Bắc Sơn, Lạng Sơn.`;
  return {
    title: `${shop.name} – thôn ${shop.villageName}`,
    description: shorten(shop.description ? `${lead} ${shop.description}` : lead, PREVIEW_DESCRIPTION_MAX),
  };
}
