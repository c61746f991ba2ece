/** `@nongsan/domain/phone`: Vietnamese mobile numbers (normalise, carrier, format). */
export * from '../phone.ts';
