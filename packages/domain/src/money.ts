import * as z from 'zod';
import { problem } from './errors.ts';
import { MAX_VND } from './money-format.ts';

export { formatVnd, groupDigits, MAX_VND, parseVnd, sumVnd, type Vnd } from './money-format.ts';

/** An amount that can be negative: a difference owed to or by someone. */
export const SignedVndSchema = z
  .number()
  .refine(Number.isSafeInteger, problem('money.not_whole'))
  .refine((n) => Math.abs(n) <= MAX_VND, problem('money.too_large', { maximum: MAX_VND }));

/** A price, a fee, a total: whole đồng, zero or more. */
export const VndSchema = SignedVndSchema.refine((n) => n >= 0, problem('money.negative'));

/** A price that must be more than zero. */
export const PositiveVndSchema = VndSchema.refine((n) => n > 0, problem('money.not_positive'));
