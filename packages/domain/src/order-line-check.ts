/** What decides whether a quantity of a listing can be ordered: its minimum, the per-buyer cap and the stock. */
export interface LineQuantityFacts {
  readonly quantity: number;
  readonly minOrder: number;
  /** At most this much per buyer on open orders; null for no cap. */
  readonly perBuyerCap: number | null;
  readonly stock: number;
}

/** Why a quantity cannot be ordered, with the limit it broke. */
export type LineQuantityIssue =
  | { readonly kind: 'below-minimum'; readonly limit: number }
  | { readonly kind: 'over-cap'; readonly limit: number }
  | { readonly kind: 'over-stock'; readonly limit: number };

/**
 * The one rule for a line's quantity, checked in this order: at least the minimum, within the buyer's cap counting
 * what they `alreadyOrdered` on open orders, and no more than the stock. Placing an order refuses with it; a cart
 * shows it before the buyer checks out (where what was already ordered is not known, so 0).
 */
export function lineQuantityIssue(facts: LineQuantityFacts, alreadyOrdered = 0): LineQuantityIssue | null {
  const { quantity, minOrder, perBuyerCap, stock } = facts;
  if (quantity < minOrder) return { kind: 'below-minimum', limit: minOrder };
  if (perBuyerCap !== null && alreadyOrdered + quantity > perBuyerCap)
    return { kind: 'over-cap', limit: perBuyerCap };
  if (quantity > stock) return { kind: 'over-stock', limit: stock };
  return null;
}
