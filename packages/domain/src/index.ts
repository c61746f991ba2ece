export * from './catalog.ts';
export * from './errors.ts';
export * from './messages.ts';
export * from './money.ts';
export * from './places.ts';
export * from './quantity.ts';
export * from './seasons.ts';
