/**
 * `@nongsan/domain`: everything, as the union of the subpath entries (`@nongsan/domain/text`, `/money`, …). A
 * consumer that imports a few functions pays only for them either way (`sideEffects: false`); the subpaths make the
 * choice visible and keep editors' import suggestions small.
 */
export * from './entries/catalog.ts';
export * from './entries/errors.ts';
export * from './entries/households.ts';
export * from './entries/listings.ts';
export * from './entries/money.ts';
export * from './entries/orders.ts';
export * from './entries/phone.ts';
export * from './entries/places.ts';
export * from './entries/quantity.ts';
export * from './entries/text.ts';
export * from './entries/vietqr.ts';
