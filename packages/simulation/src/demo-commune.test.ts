import { canOrder, HouseholdSchema, startOfLocalDate } from '@nongsan/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { type DemoCommune, demoCommune } from './demo-commune.ts';

describe('demoCommune: the living commune the server seeds from', () => {
  let demo: DemoCommune;
  beforeAll(async () => {
    demo = await demoCommune({ endDate: '2026-06-30', seed: 1 });
  });

  it('covers the 12 months before the date, under today’s names (xã Bắc Sơn and its villages)', () => {
    expect(demo.startDate).toBe('2025-06-30');
    expect(demo.commune.name).toBe('Bắc Sơn');
    expect(demo.villages.map((v) => v.name)).toContain('Rạ Lá');
    expect(demo.villages.every((v) => v.id.startsWith('long-dong:'))).toBe(true);
  });

  it('gives households the domain accepts, about two thirds of them with a shop', () => {
    expect(demo.households).toHaveLength(1085);
    for (const h of demo.households) expect(HouseholdSchema.safeParse(h).success).toBe(true);
    const shops = demo.households.filter((h) => h.shop !== null).length / demo.households.length;
    expect(shops).toBeGreaterThan(0.55);
    expect(shops).toBeLessThan(0.75);
    expect(demo.households.every((h) => h.paymentAccounts.length <= 1)).toBe(true);
  });

  it('has teams within their limits, orders with their history, and something on sale on the last day', () => {
    expect(demo.teams).toHaveLength(10);
    expect(demo.orders.length).toBeGreaterThan(500);
    expect(demo.orderEvents.length).toBeGreaterThan(demo.orders.length * 2);
    const lastEvening = new Date(startOfLocalDate('2026-06-30').getTime() + 18 * 3_600_000);
    expect(demo.listings.some((l) => canOrder(l, lastEvening).ok)).toBe(true);
  });

  it('gives every helper households to look after, never more than the team limit allows', () => {
    for (const { team, assignments } of demo.teams) {
      const perMember = new Map<string, number>();
      for (const a of assignments) perMember.set(a.memberId, (perMember.get(a.memberId) ?? 0) + 1);
      expect(perMember.size).toBe(team.members.length);
      expect(Math.max(...perMember.values())).toBeLessThanOrEqual(10);
      expect(new Set(assignments.map((a) => a.householdId)).size).toBe(assignments.length);
    }
  });

  it('is the same for the same date and seed', async () => {
    const again = await demoCommune({ endDate: '2026-06-30', seed: 1 });
    expect(JSON.stringify(again.households)).toBe(JSON.stringify(demo.households));
    expect(JSON.stringify(again.orders)).toBe(JSON.stringify(demo.orders));
  });
});
