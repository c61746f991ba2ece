/**
 * `@nongsan/domain/listings`: what a household puts on sale, and the rules of changing it.
 *
 * @module @nongsan/domain/listings
 */
export * from '../listing-origin.ts';
export * from '../listing-standing.ts';
export * from '../listing-stock.ts';
export * from '../listings.ts';
export * from '../shop-showcase.ts';
