/** `@nongsan/domain/quantity`: grams and pieces, their formatting and schemas. */

export { QuantitySchema, StockSchema, UnitSchema } from '../quantity.ts';
export * from '../quantity-format.ts';
