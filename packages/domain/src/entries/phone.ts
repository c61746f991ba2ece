/**
 * `@nongsan/domain/phone`: Vietnamese mobile numbers (normalise, carrier, format).
 *
 * @module @nongsan/domain/phone
 */
export * from '../phone.ts';
