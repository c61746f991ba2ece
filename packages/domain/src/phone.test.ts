import { describe, expect, it } from 'vitest';
import { isDomainError, parseInput } from './errors.ts';
import {
  CARRIERS,
  carrierOf,
  formatPhone,
  isPhoneNumber,
  MOBILE_PREFIXES,
  PhoneSchema,
  parsePhone,
  phoneDigits,
  toInternational,
} from './phone.ts';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (isDomainError(error)) return error.code;
    throw error;
  }
  return undefined;
}

describe('Vietnamese mobile numbers', () => {
  it('accepts what people type and normalises it to the 10-digit national form', () => {
    for (const typed of [
      '0912 345 678',
      '0912.345.678',
      '0912-345-678',
      '+84 912345678',
      '+84912345678',
      '84912345678',
      '(+84) 912 345 678',
      '0084 912 345 678',
      '+84 (0) 912 345 678',
      '912345678',
      '  0912345678  ',
    ]) {
      expect(parsePhone(typed), typed).toBe('0912345678');
    }
  });

  it('keeps a Vinaphone 084 number intact instead of reading its 84 as a country code', () => {
    expect(parsePhone('0845 123 456')).toBe('0845123456');
    expect(parsePhone('845123456')).toBe('0845123456');
    expect(parsePhone('+84 845 123 456')).toBe('0845123456');
  });

  it('refuses what cannot be a mobile number with phone.invalid', () => {
    for (const typed of [
      '',
      'abc',
      '091234567',
      '09123456789',
      '+1 202 555 0143',
      '0912 345 67x',
      '++84912345678',
    ]) {
      expect(
        codeOf(() => parsePhone(typed)),
        typed,
      ).toBe('phone.invalid');
    }
  });

  it('refuses a landline or mistyped prefix with phone.unknown_prefix and names the prefix', () => {
    try {
      parsePhone('0205 387 123');
      expect.unreachable();
    } catch (error) {
      expect(isDomainError(error) && error.code).toBe('phone.unknown_prefix');
      expect(isDomainError(error) && error.params.prefix).toBe('020');
    }
    expect(codeOf(() => parsePhone('0111 222 333'))).toBe('phone.unknown_prefix');
  });

  it('names the carrier from the prefix', () => {
    expect(carrierOf('0981234567')).toBe('viettel');
    expect(carrierOf('0351234567')).toBe('viettel');
    expect(carrierOf('0912345678')).toBe('vinaphone');
    expect(carrierOf('0831234567')).toBe('vinaphone');
    expect(carrierOf('0901234567')).toBe('mobifone');
    expect(carrierOf('0771234567')).toBe('mobifone');
    expect(carrierOf('0921234567')).toBe('vietnamobile');
    expect(carrierOf('0591234567')).toBe('gmobile');
    expect(carrierOf('0871234567')).toBe('itelecom');
    expect(carrierOf('0551234567')).toBe('reddi');
    expect(carrierOf('0201234567')).toBeNull();
  });

  it('maps every prefix to a known carrier and every carrier has a prefix', () => {
    for (const [prefix, carrier] of Object.entries(MOBILE_PREFIXES)) {
      expect(prefix).toMatch(/^0[3-9]\d$/);
      expect(CARRIERS).toContain(carrier);
    }
    for (const carrier of CARRIERS) expect(Object.values(MOBILE_PREFIXES)).toContain(carrier);
  });

  it('formats for reading and for the international network', () => {
    expect(formatPhone('0912345678')).toBe('0912 345 678');
    expect(toInternational('0912345678')).toBe('+84912345678');
    expect(parsePhone(toInternational('0351234567'))).toBe('0351234567');
    expect(parsePhone(formatPhone('0351234567'))).toBe('0351234567');
  });

  it('parses through the zod schema with the same codes and the field path', () => {
    expect(PhoneSchema.parse('+84 98 123 4567')).toBe('0981234567');
    expect(isPhoneNumber('0981234567')).toBe(true);
    expect(isPhoneNumber('981234567')).toBe(false);
    expect(phoneDigits('0201234567')).toBe('0201234567');
    try {
      parseInput(PhoneSchema.array(), ['0981234567', '0201234567', 'xyz']);
      expect.unreachable();
    } catch (error) {
      if (!isDomainError(error)) throw error;
      expect(error.problems.map((p) => [p.code, p.path])).toEqual([
        ['phone.unknown_prefix', [1]],
        ['phone.invalid', [2]],
      ]);
    }
  });
});
