import { describe, expect, it } from 'vitest';
import { BANKS, BankBinSchema, E_WALLET_NAMES, E_WALLET_PROVIDERS, findBankByBin } from './banks.ts';
import { isDomainError, parseInput } from './errors.ts';

describe('banks', () => {
  it('finds banks by their NAPAS BIN', () => {
    expect(findBankByBin('970405')?.shortName).toBe('Agribank');
    expect(findBankByBin('970436')?.shortName).toBe('Vietcombank');
    expect(findBankByBin('970415')?.code).toBe('ICB');
    expect(findBankByBin('970449')?.name).toBe('Ngân hàng TMCP Lộc Phát Việt Nam');
    expect(findBankByBin('123456')).toBeUndefined();
  });

  it('has one entry per BIN and per code, each a six-digit 97xxxx BIN with a Vietnamese name', () => {
    expect(new Set(BANKS.map((b) => b.bin)).size).toBe(BANKS.length);
    expect(new Set(BANKS.map((b) => b.code)).size).toBe(BANKS.length);
    for (const bank of BANKS) {
      expect(bank.bin).toMatch(/^97\d{4}$/);
      expect(bank.name).toMatch(/^Ngân hàng /);
    }
    expect(BANKS.length).toBe(25);
  });

  it('validates a BIN: the format first, then that the bank is known', () => {
    expect(BankBinSchema.parse(' 970418 ')).toBe('970418');
    const codes = (input: unknown) => {
      try {
        parseInput(BankBinSchema, input);
        return [];
      } catch (error) {
        if (!isDomainError(error)) throw error;
        return error.problems.map((p) => p.code);
      }
    };
    expect(codes('97041')).toEqual(['bank.invalid_bin']);
    expect(codes('abcdef')).toEqual(['bank.invalid_bin']);
    expect(codes('970499')).toEqual(['bank.unknown_bin']);
    expect(codes('970418')).toEqual([]);
  });

  it('lists the e-wallets with the names people know, Viettel Money formerly ViettelPay', () => {
    expect(E_WALLET_PROVIDERS).toEqual(['viettel_money', 'momo', 'zalopay', 'vnpt_money']);
    expect(E_WALLET_NAMES.viettel_money).toEqual({ name: 'Viettel Money', formerly: 'ViettelPay' });
  });
});
