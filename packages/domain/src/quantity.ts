import * as z from 'zod';
import { problem } from './errors.ts';
import { MAX_QUANTITY, type Unit } from './quantity-format.ts';

export {
  formatQuantity,
  formatUnitPrice,
  GRAMS_PER_KG,
  gramsToKg,
  isUnit,
  kgToGrams,
  lineValue,
  MAX_QUANTITY,
  type Unit,
  unitWord,
} from './quantity-format.ts';

/** A unit, parsed: `kg` or `piece` (see `Unit`). */
export const UnitSchema = z.enum(['kg', 'piece'] as const satisfies readonly Unit[]);

/** A quantity in base units (grams or pieces): a whole number, more than zero. */
export const QuantitySchema = z
  .number()
  .refine(Number.isSafeInteger, problem('quantity.not_whole'))
  .refine((n) => n > 0, problem('quantity.not_positive'))
  .refine((n) => n <= MAX_QUANTITY, problem('quantity.too_large', { maximum: MAX_QUANTITY }));

/** A stock level in base units: a whole number, zero or more. */
export const StockSchema = z
  .number()
  .refine(Number.isSafeInteger, problem('quantity.not_whole'))
  .refine((n) => n >= 0, problem('quantity.negative'))
  .refine((n) => n <= MAX_QUANTITY, problem('quantity.too_large', { maximum: MAX_QUANTITY }));
