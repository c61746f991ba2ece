import type { ScenarioInput } from '../scenario.ts';
import { longDong2021 } from './long-dong-2021.ts';

/**
 * A province-sized scenario for load and benchmark runs: `communes` copies of the calibrated Long Đống commune
 * (same villages, shares and behaviour, `householdsPerCommune` households), from July 2021 to `endDate`. With every commune on the marketplace the
 * district's buyers are shared among its communes (about ten to a district), so each commune's local buyer pool is
 * a tenth of Long Đống's; the rest of the province and the country are shared the same way.
 */
export function syntheticProvince(options: {
  readonly communes: number;
  /** Households per commune (default 1,000), spread over the villages in Long Đống's proportions. */
  readonly householdsPerCommune?: number;
  readonly endDate?: string;
}): ScenarioInput {
  const [template] = longDong2021.communes;
  if (!template) throw new TypeError('the Long Đống scenario has a commune');
  const perCommune = options.householdsPerCommune ?? 1000;
  const total = template.villages.reduce((s, v) => s + v.households, 0);
  let left = perCommune;
  const villages = template.villages.map((v, i) => {
    const households =
      i === template.villages.length - 1
        ? left
        : Math.max(1, Math.round((v.households * perCommune) / total));
    left -= households;
    return { ...v, households };
  });
  const share = (zone: (typeof template.buyers)['local'], divisor: number) => ({
    ...zone,
    households: Math.round(zone.households / divisor),
  });
  return {
    ...longDong2021,
    id: `synthetic-province-${options.communes}`,
    title: `Synthetic province: ${options.communes} communes like Long Đống`,
    endDate: options.endDate ?? '2022-06-30',
    communes: Array.from({ length: options.communes }, (_, i) => ({
      ...template,
      id: `c-${String(i + 1).padStart(3, '0')}`,
      name: `Xã ${i + 1}`,
      villages,
      buyers: {
        local: share(template.buyers.local, 10),
        province: share(template.buyers.province, options.communes),
        elsewhere: share(template.buyers.elsewhere, options.communes),
      },
    })),
  };
}
