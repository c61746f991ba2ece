import { describe, expect, it } from 'vitest';
import { runOutputs } from '../outputs.ts';
import { parseScenario } from '../scenario.ts';
import { simulate } from '../simulate.ts';
import { langSonProvince } from './lang-son-province.ts';
import { longDong2021 } from './long-dong-2021.ts';

describe('Lạng Sơn province from its communes', () => {
  const province = parseScenario(langSonProvince());
  const householdsOf = (c: (typeof province.communes)[number]) =>
    c.villages.reduce((s, v) => s + v.households, 0);

  it('has its 200 communes, wards and towns of 2021, about 200,000 households, sizes that differ', () => {
    expect(province.communes).toHaveLength(200);
    expect(province.communes.filter((c) => c.kind === 'phuong')).toHaveLength(5);
    const sizes = province.communes.map(householdsOf);
    const total = sizes.reduce((s, n) => s + n, 0);
    expect(total).toBeGreaterThan(180_000);
    expect(total).toBeLessThan(230_000);
    expect(Math.max(...sizes)).toBeGreaterThan(2 * Math.min(...sizes));
  });

  it('keeps Long Đống as calibrated, names Bắc Sơn’s communes from the place data, and marks what is drawn', () => {
    const longDong = province.communes.find((c) => c.name === 'Long Đống');
    expect(longDong?.villages).toHaveLength(longDong2021.communes[0]?.villages.length ?? 0);
    expect(longDong?.invented).toBe(false);
    const bacSon = province.communes.filter((c) => c.district === 'Bắc Sơn').map((c) => c.name);
    expect(bacSon).toContain('Xã Vũ Lăng');
    expect(bacSon).toContain('Thị trấn Bắc Sơn');
    expect(province.communes.filter((c) => c.invented)).toHaveLength(199);
  });

  it('sizes teams to their villages and buyers to the population they serve', () => {
    for (const c of province.communes.filter((x) => x.invented))
      for (const v of c.villages)
        expect(v.techTeamMembers).toBe(Math.min(15, Math.max(3, Math.round(v.households / 18))));
    const bacSon = province.communes.filter((c) => c.district === 'Bắc Sơn' && c.invented);
    const bySize = [...bacSon].sort((a, b) => householdsOf(a) - householdsOf(b));
    const [small, large] = [bySize[0], bySize.at(-1)];
    expect(large?.buyers.local.households).toBeGreaterThan(small?.buyers.local.households ?? 0);
    const town = bacSon.find((c) => c.kind === 'thi_tran');
    const xa = bacSon.find((c) => c.kind === 'xa');
    if (!town || !xa) throw new Error('Bắc Sơn has a town and communes');
    // Towns serve the same district's buyers, in proportion to their households.
    expect(town.buyers.local.households / householdsOf(town)).toBeCloseTo(
      xa.buyers.local.households / householdsOf(xa),
      1,
    );
  });

  it('reports without Long Đống’s bands, naming its own last day', async () => {
    const small = { ...langSonProvince({ endDate: '2021-08-31' }) };
    const run = await simulate(
      { ...small, communes: small.communes.filter((c) => c.district === 'Bắc Sơn').slice(0, 3) },
      { seed: 1 },
    );
    expect(run.summary.calibration).toEqual([]);
    const html = runOutputs(run)['report.html'];
    expect(html).not.toContain('Hiệu chỉnh');
    expect(html).toContain('31/08/2021');
    expect(html).not.toContain('cuối 2022');
    expect(html).toContain('theo huyện');
  });
});
