import type { RouterOutputs } from '@nongsan/api';
import type { CartItem } from './cart-store.ts';

type Listing = RouterOutputs['listings']['get'];

/** What the cart keeps of a listing (everything but the quantity). */
export function cartFacts(listing: Listing): Omit<CartItem, 'quantity'> {
  return {
    listingId: listing.id,
    shopId: listing.shopId,
    shopName: listing.shopName ?? '',
    villageId: listing.villageId ?? null,
    villageName: listing.villageName ?? '',
    communeCode: listing.communeCode ?? null,
    productId: listing.productId,
    title: listing.title,
    unit: listing.unit,
    unitPrice: listing.unitPrice,
    minOrder: listing.minOrder,
    perBuyerCap: listing.perBuyerCap,
    stock: listing.stock,
    preOrder: listing.preOrder,
  };
}

/** Whether the cart's copy of a listing differs from the listing as it is now. */
export function factsChanged(item: CartItem, listing: Listing): boolean {
  const fresh = cartFacts(listing);
  return (Object.keys(fresh) as (keyof typeof fresh)[]).some((key) => fresh[key] !== item[key]);
}
