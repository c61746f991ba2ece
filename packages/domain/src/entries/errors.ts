/**
 * `@nongsan/domain/errors`: `DomainError`, its codes and the Vietnamese/English dictionary that words them.
 *
 * @module @nongsan/domain/errors
 */
export * from '../errors.ts';
export * from '../messages.ts';
