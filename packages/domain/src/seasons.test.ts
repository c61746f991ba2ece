import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getProduct, PRODUCTS } from './catalog.ts';
import {
  addDays,
  daysBetween,
  harvestMonths,
  isInSeason,
  isPreOrderPeriod,
  LocalDateSchema,
  localMonth,
  nextHarvestWindow,
  seasonStatus,
  sellingWindow,
  startOfLocalDate,
  toLocalDate,
} from './seasons.ts';

const dragon = getProduct('dragon-fruit');
const banhChung = getProduct('black-banh-chung');
const peanut = getProduct('red-peanut');

describe('local dates in Vietnam', () => {
  it('puts 2026-04-30T17:00:00Z on 1 May in Vietnam, one second earlier on 30 April', () => {
    expect(toLocalDate(new Date('2026-04-30T17:00:00Z'))).toBe('2026-05-01');
    expect(toLocalDate(new Date('2026-04-30T16:59:59Z'))).toBe('2026-04-30');
    expect(localMonth(new Date('2026-04-30T17:00:00Z'))).toBe(5);
    expect(startOfLocalDate('2026-05-01').toISOString()).toBe('2026-04-30T17:00:00.000Z');
  });

  it('decides the season by the Vietnamese date, not the UTC one', () => {
    expect(isInSeason(dragon, new Date('2026-04-30T17:00:00Z'))).toBe(true);
    expect(isInSeason(dragon, new Date('2026-04-30T16:59:59Z'))).toBe(false);
  });

  it('moves by days across months, years and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2027-01-01', '2026-12-25')).toBe(-7);
  });

  it('accepts only real calendar dates', () => {
    expect(LocalDateSchema.safeParse('2028-02-29').success).toBe(true);
    expect(LocalDateSchema.safeParse('2026-02-29').success).toBe(false);
    expect(LocalDateSchema.safeParse('2026-4-1').success).toBe(false);
  });
});

describe('seasons', () => {
  it('has dragon fruit in season in mid-September and over by 8 November', () => {
    expect(isInSeason(dragon, '2026-09-15')).toBe(true);
    expect(isInSeason(dragon, '2026-11-07')).toBe(true); // a week's keeping after 31 October
    expect(isInSeason(dragon, '2026-11-08')).toBe(false);
    expect(seasonStatus(dragon, '2026-11-08').phase).toBe('off-season');
  });

  it('opens dragon fruit pre-orders in late April, not earlier', () => {
    expect(isPreOrderPeriod(dragon, '2026-04-25')).toBe(true);
    expect(seasonStatus(dragon, '2026-04-25')).toMatchObject({
      phase: 'pre-order',
      window: { harvestStart: '2026-05-01' },
    });
    expect(isPreOrderPeriod(dragon, '2026-04-01')).toBe(false);
    expect(isInSeason(dragon, '2026-04-25')).toBe(false);
  });

  it('lets bánh chưng wrap the new year', () => {
    const window = sellingWindow(banhChung, 2026);
    expect(window.harvestStart).toBe('2026-12-01');
    expect(window.harvestEnd).toBe('2027-02-28');
    expect(isInSeason(banhChung, '2026-12-20')).toBe(true);
    expect(isInSeason(banhChung, '2027-01-15')).toBe(true);
    expect(isInSeason(banhChung, '2027-02-28')).toBe(true);
    expect(isInSeason(banhChung, '2026-07-01')).toBe(false);
    expect(isPreOrderPeriod(banhChung, '2026-11-15')).toBe(true);
    expect(harvestMonths(banhChung)).toEqual([1, 2, 12]);
  });

  it('keeps peanuts on sale for months after the harvest', () => {
    expect(sellingWindow(peanut, 2026).harvestEnd).toBe('2026-08-31');
    expect(isInSeason(peanut, '2026-12-15')).toBe(true);
    expect(isInSeason(peanut, '2027-03-01')).toBe(true);
    expect(isInSeason(peanut, '2027-05-01')).toBe(false);
    expect(isInSeason(dragon, '2027-03-01')).toBe(false);
  });

  it('finds the next harvest that has not started', () => {
    expect(nextHarvestWindow(dragon, '2026-11-08').harvestStart).toBe('2027-05-01');
    expect(nextHarvestWindow(dragon, '2026-09-15').harvestStart).toBe('2027-05-01');
    expect(nextHarvestWindow(dragon, '2026-04-30').harvestStart).toBe('2026-05-01');
    expect(nextHarvestWindow(banhChung, '2027-01-10').harvestStart).toBe('2027-12-01');
  });

  it('puts every product on every date in exactly one phase, agreeing with the predicates', () => {
    const dates = fc.integer({ min: 0, max: 365 * 6 }).map((offset) => addDays('2021-01-01', offset));
    fc.assert(
      fc.property(fc.constantFrom(...PRODUCTS), dates, (product, date) => {
        const status = seasonStatus(product, date);
        expect(status.phase === 'in-season').toBe(isInSeason(product, date));
        expect(status.phase === 'pre-order').toBe(isPreOrderPeriod(product, date));
        if (status.phase === 'in-season') {
          expect(status.window.harvestStart <= date && date <= status.window.sellUntil).toBe(true);
        } else {
          expect(status.window.harvestStart > date).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
