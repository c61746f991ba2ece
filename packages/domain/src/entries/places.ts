/**
 * `@nongsan/domain/places`: provinces, communes and villages before and after the 2025 reform; addresses.
 *
 * @module @nongsan/domain/places
 */

export * from '../oversight.ts';
export * from '../places.ts';
export * from '../places-data.ts';
