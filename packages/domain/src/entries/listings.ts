/** `@nongsan/domain/listings`: what a household puts on sale, and the rules of changing it. */
export * from '../listings.ts';
