/**
 * `@nongsan/domain/text`: Vietnamese text folding and search (without zod), and the schema of text a person types.
 *
 * @module @nongsan/domain/text
 */
export * from '../text.ts';
export * from '../typed-text.ts';
