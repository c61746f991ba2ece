import { type DomainError, isDomainError } from '../src/errors.ts';

/** The DomainError a call throws, for asserting on its code, path and params; fails when it throws nothing else. */
export function errorOf(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (isDomainError(error)) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}
