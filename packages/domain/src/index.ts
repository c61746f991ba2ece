export * from './catalog.ts';
export * from './errors.ts';
export * from './messages.ts';
export * from './money.ts';
export * from './quantity.ts';
