/**
 * `@nongsan/domain/quantity`: grams and pieces, their formatting and schemas.
 *
 * @module @nongsan/domain/quantity
 */

export { QuantitySchema, StockSchema, UnitSchema } from '../quantity.ts';
export * from '../quantity-format.ts';
export * from '../quantity-text.ts';
