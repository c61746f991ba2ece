import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { DomainError, isDomainError, parseInput, problem, problemsFromZod } from './errors.ts';
import { VndSchema } from './money.ts';

function problemsOf(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) throw new Error('expected a validation failure');
  return problemsFromZod(result.error);
}

describe('DomainError', () => {
  it('carries a stable code, the field path and the parameters, and reads well in logs', () => {
    const error = new DomainError('money.too_large', { maximum: 10 }, ['lines', 0, 'price']);
    expect(error).toBeInstanceOf(Error);
    expect(isDomainError(error)).toBe(true);
    expect(isDomainError(new Error('x'))).toBe(false);
    expect(error.name).toBe('DomainError');
    expect(error.code).toBe('money.too_large');
    expect(error.path).toEqual(['lines', 0, 'price']);
    expect(error.params).toEqual({ maximum: 10 });
    expect(error.problems).toEqual([
      { code: 'money.too_large', path: ['lines', 0, 'price'], params: { maximum: 10 } },
    ]);
    expect(error.message).toBe('money.too_large at lines.0.price (maximum=10)');
  });

  it('groups several problems under the first one’s code', () => {
    const error = DomainError.fromProblems([
      { code: 'validation.required', path: ['name'], params: {} },
      { code: 'money.negative', path: ['price'], params: {} },
    ]);
    expect(error.code).toBe('validation.required');
    expect(error.problems).toHaveLength(2);
    expect(() => DomainError.fromProblems([])).toThrow(TypeError);
  });
});

describe('zod problems', () => {
  it('maps each kind of zod issue to a code with its field path and parameters', () => {
    const schema = z.strictObject({
      name: z.string().min(2).max(5),
      count: z.number().min(1).max(9).multipleOf(3),
      kind: z.enum(['kg', 'piece']),
      email: z.email(),
      nested: z.object({ list: z.array(z.number()) }),
    });
    const problems = problemsOf(schema, {
      name: 'x',
      count: 10,
      kind: 'box',
      email: 'not-an-email',
      nested: { list: [1, 'two'] },
      extra: true,
    });
    expect(problems).toEqual([
      { code: 'validation.too_short', path: ['name'], params: { minimum: 2 } },
      { code: 'validation.too_big', path: ['count'], params: { maximum: 9 } },
      { code: 'validation.not_multiple_of', path: ['count'], params: { divisor: 3 } },
      { code: 'validation.not_allowed', path: ['kind'], params: { allowed: 'kg, piece' } },
      { code: 'validation.invalid_format', path: ['email'], params: { format: 'email' } },
      { code: 'validation.invalid_type', path: ['nested', 'list', 1], params: { expected: 'number' } },
      { code: 'validation.unknown_field', path: [], params: { keys: 'extra' } },
    ]);
  });

  it('tells a missing field from a wrong one', () => {
    const schema = z.object({ name: z.string() });
    expect(problemsOf(schema, {})).toEqual([{ code: 'validation.required', path: ['name'], params: {} }]);
    expect(problemsOf(schema, { name: 3 })[0]?.code).toBe('validation.invalid_type');
    expect(problemsOf(z.string().max(3), 'abcd')[0]?.code).toBe('validation.too_long');
    expect(problemsOf(z.number().min(3), 1)[0]?.code).toBe('validation.too_small');
  });

  it('keeps a custom problem() code and its parameters through zod', () => {
    const schema = z.object({
      price: z.number().refine((n) => n < 100, problem('money.too_large', { maximum: 100 })),
    });
    expect(problemsOf(schema, { price: 500 })).toEqual([
      { code: 'money.too_large', path: ['price'], params: { maximum: 100 } },
    ]);
    expect(
      problemsOf(
        z.number().refine((n) => n > 0),
        -1,
      ),
    ).toEqual([{ code: 'validation.invalid', path: [], params: {} }]);
  });

  it('parses input or throws one DomainError with every problem', () => {
    const schema = z.object({ price: VndSchema, name: z.string() });
    expect(parseInput(schema, { price: 28_000, name: 'Thanh long' })).toEqual({
      price: 28_000,
      name: 'Thanh long',
    });
    try {
      parseInput(schema, { price: 1.5 });
      expect.unreachable();
    } catch (error) {
      if (!isDomainError(error)) throw error;
      expect(error.code).toBe('money.not_whole');
      expect(error.problems.map((p) => [p.code, p.path])).toEqual([
        ['money.not_whole', ['price']],
        ['validation.required', ['name']],
      ]);
    }
    try {
      parseInput(schema, { price: 28_000, name: 42 });
      expect.unreachable();
    } catch (error) {
      if (!isDomainError(error)) throw error;
      expect(error.problems).toEqual([
        { code: 'validation.invalid_type', path: ['name'], params: { expected: 'string' } },
      ]);
    }
  });
});
