import type { ErrorParams } from './errors.ts';
import { GRAMS_PER_KG, type Unit } from './quantity.ts';

/**
 * How quantities travel in an error's params: as the number a person reads (kilograms for weighed goods, pieces for
 * counted goods; `formatMessage` groups it the locale's way, "2,5" in Vietnamese) plus `unit`, the unit word the
 * marketplace prints next to its prices (`'kg'` or `'piece'`; `formatMessage` writes it "kg", "cái" or "pcs").
 */
export function quantityParams(quantities: Readonly<Record<string, number>>, unit: Unit): ErrorParams {
  const params: Record<string, string | number> = { unit };
  for (const [name, quantity] of Object.entries(quantities)) params[name] = displayQuantity(quantity, unit);
  return params;
}

/** A base quantity (grams or pieces) as the number a person reads: 2500 g → 2.5 (kg), 3 pieces → 3. */
export function displayQuantity(quantity: number, unit: Unit): number {
  return unit === 'kg' ? quantity / GRAMS_PER_KG : quantity;
}
