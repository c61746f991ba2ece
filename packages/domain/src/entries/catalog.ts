/**
 * `@nongsan/domain/catalog`: the products, their harvest seasons and local calendar dates.
 *
 * @module @nongsan/domain/catalog
 */

export { ProductIdSchema } from '../catalog.ts';
export * from '../catalog-data.ts';
export * from '../seasons.ts';
