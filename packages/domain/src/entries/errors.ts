/** `@nongsan/domain/errors`: `DomainError`, its codes and the Vietnamese/English dictionary that words them. */
export * from '../errors.ts';
export * from '../messages.ts';
