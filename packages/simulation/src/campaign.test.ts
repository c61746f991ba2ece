import { describe, expect, it } from 'vitest';
import { STAGE } from './adoption-agents.ts';
import { longDong2021 } from './scenarios/long-dong-2021.ts';
import { simulate } from './simulate.ts';

describe('the campaign and the market, as measured (Long Đống, seed 1)', async () => {
  const sameDay: { shop: Map<number, string>; account: Map<number, number> } = {
    shop: new Map(),
    account: new Map(),
  };
  const run = await simulate(longDong2021, {
    seed: 1,
    keepWeeks: false,
    events: {
      stage(h, _from, to, day, cause) {
        if (to === STAGE.shopOpen) sameDay.shop.set(h, `${day}/${cause}`);
      },
      account(h, _kind, day) {
        sameDay.account.set(h, day);
      },
    },
  });
  const { campaign, sellers } = run.summary;

  it('opens many shops in the first month, at group sessions, some with the account in the same sitting', () => {
    expect(campaign.shopsOpenedBy.session).toBeGreaterThan(100);
    expect(campaign.shopsFirstMonth).toBeGreaterThan(200);
    const together = [...sameDay.shop].filter(
      ([h, at]) => at.endsWith('/session') && `${sameDay.account.get(h)}/session` === at,
    );
    expect(together.length).toBeGreaterThan(10);
  });

  it('measures what a lead household’s sale does to its neighbours, instead of setting it', () => {
    expect(campaign.leadInfluence.leads).toBe(run.summary.endOfRun.leadSellers);
    expect(campaign.leadInfluence.followersPerLead).toBeGreaterThan(0);
    expect(campaign.leadInfluence.tippedPerLead).toBeLessThanOrEqual(campaign.leadInfluence.followersPerLead);
  });

  it('concentrates sales: the top tenth of sellers takes far more than a tenth of the orders', () => {
    expect(sellers.topTenthShare).toBeGreaterThan(0.3);
    expect(sellers.histogram.reduce((s, b) => s + b.sellers, 0)).toBe(sellers.sellers);
    expect(sellers.histogram.reduce((s, b) => s + b.orders, 0)).toBe(sellers.orders);
    expect(sellers.orders).toBe(run.summary.endOfRun.orders);
    expect(sellers.top[0]?.orders).toBeGreaterThan(3 * (sellers.orders / sellers.sellers));
  });
});
