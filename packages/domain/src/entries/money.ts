/**
 * `@nongsan/domain/money`: whole-đồng amounts. Formatting and parsing come without zod; the schemas (`VndSchema`…)
 * bring zod in only when a consumer uses them.
 *
 * @module @nongsan/domain/money
 */

export { PositiveVndSchema, SignedVndSchema, VndSchema } from '../money.ts';
export * from '../money-format.ts';
