import { COMMUNES, type ProductId } from '@nongsan/domain';
import { createRandom, type Random } from '../random.ts';
import type { ScenarioInput } from '../scenario.ts';
import { longDong2021 } from './long-dong-2021.ts';

/**
 * Lạng Sơn province as its 200 communes, wards and towns of 2021 (the three-level system, before the 2025 reform),
 * every one running the Long Đống programme from July 2021: for a planner asking what the pilot would give
 * province-wide, and for the benchmark. Not calibrated to anything: its figures are for a reader to hold against
 * the province's own reports.
 *
 * What is data and what is drawn:
 * - **Long Đống** is the calibrated commune, as it is (its ten villages, 1,085 households, 59 team members).
 * - **Bắc Sơn's other 17 communes** are named from the domain's place data (places-data.ts, legacy form); the
 *   place data has no sizes, so their sizes are drawn (marked `invented`).
 * - **The other ten districts**: how many communes, towns and wards each had after Resolution 818/NQ-UBTVQH14
 *   (2020), 200 in all, is written below from public lists (best effort); their names are not in the place data,
 *   so they are numbered ("Xã Tràng Định 3") and marked `invented`, and so are their sizes.
 * - **Sizes** are drawn, once, from a fixed stream (the same scenario every time): a rural commune a log-normal
 *   around 850 households (Long Đống's 1,085 is a large one), a district town around 2,000, a ward of Lạng Sơn
 *   city around 3,500; about 200,000 households in all, as in the 2019 census (about 790,000 people).
 * - **Villages** hold about 110 households each (Long Đống's average); each village's kinds, crops and distance
 *   vary around Long Đống's; towns and wards have more smartphones and far fewer growers.
 * - **Teams are sized to their villages**: one member for every 18 households (Long Đống's 59 for 1,085), at least
 *   three, at most fifteen.
 * - **Buyers grow with the population they serve**: a district's online buyers are Long Đống's share of the
 *   district's households (1.3%; three times that in towns and wards, where more people already buy online),
 *   shared among the district's communes by their size; buyers elsewhere in the province and in the rest of the
 *   country likewise scale with the households of the commune against the Bắc Sơn district Long Đống served.
 */
interface DistrictPlan {
  readonly name: string;
  readonly communes: number;
  readonly towns: number;
  readonly wards: number;
}

const DISTRICTS: readonly DistrictPlan[] = [
  { name: 'Thành phố Lạng Sơn', communes: 3, towns: 0, wards: 5 },
  { name: 'Tràng Định', communes: 21, towns: 1, wards: 0 },
  { name: 'Bình Gia', communes: 18, towns: 1, wards: 0 },
  { name: 'Văn Lãng', communes: 16, towns: 1, wards: 0 },
  { name: 'Cao Lộc', communes: 20, towns: 2, wards: 0 },
  { name: 'Văn Quan', communes: 16, towns: 1, wards: 0 },
  { name: 'Bắc Sơn', communes: 17, towns: 1, wards: 0 },
  { name: 'Hữu Lũng', communes: 23, towns: 1, wards: 0 },
  { name: 'Chi Lăng', communes: 18, towns: 2, wards: 0 },
  { name: 'Lộc Bình', communes: 19, towns: 2, wards: 0 },
  { name: 'Đình Lập', communes: 10, towns: 2, wards: 0 },
];

/** Long Đống's online share of its district's households, and the district it was calibrated against. */
const LOCAL_ONLINE_SHARE = 0.013;
const TOWN_ONLINE_FACTOR = 3;
const BAC_SON_HOUSEHOLDS = 17_000;
const HOUSEHOLDS_PER_VILLAGE = 110;
const HOUSEHOLDS_PER_MEMBER = 18;

type CommuneInput = ScenarioInput['communes'][number];
type VillageInput = CommuneInput['villages'][number];
type Kind = 'xa' | 'thi_tran' | 'phuong';

const MEDIAN: Record<Kind, number> = { xa: 850, thi_tran: 2_000, phuong: 3_500 };
const PREFIX: Record<Kind, string> = { xa: 'Xã', thi_tran: 'Thị trấn', phuong: 'Phường' };

export interface ProvinceOptions {
  /** The last day simulated (default 30 June 2022: the programme's first year). */
  readonly endDate?: string;
}

export function langSonProvince(options: ProvinceOptions = {}): ScenarioInput {
  const [longDong] = longDong2021.communes;
  if (!longDong) throw new TypeError('the Long Đống scenario has a commune');
  const random = createRandom(2021, 'lang-son-province');
  const bacSonNames = COMMUNES.filter((c) => c.form === 'legacy' && c.district?.name === 'Bắc Sơn');
  const planned: { commune: Omit<CommuneInput, 'buyers'>; households: number; online: number }[] = [];
  const used = new Set<string>();
  for (const district of DISTRICTS) {
    const kinds: Kind[] = [
      ...Array<Kind>(district.wards).fill('phuong'),
      ...Array<Kind>(district.towns).fill('thi_tran'),
      ...Array<Kind>(district.communes).fill('xa'),
    ];
    const known = district.name === 'Bắc Sơn' ? bacSonNames : [];
    let numbered = 0;
    for (const kind of kinds) {
      const named = known.find((c) => (c.kind === 'thi_tran') === (kind === 'thi_tran') && !used.has(c.name));
      if (named) used.add(named.name);
      if (named?.name === 'Long Đống') {
        const households = longDong.villages.reduce((s, v) => s + v.households, 0);
        planned.push({ commune: { ...longDong }, households, online: households * LOCAL_ONLINE_SHARE });
        continue;
      }
      if (!named) numbered++;
      const name = named ? named.name : `${district.name.replace('Thành phố ', '')} ${numbered}`;
      const households = drawSize(kind, random);
      const id = slug(`${kind === 'xa' ? '' : PREFIX[kind]} ${name}`);
      planned.push({
        commune: {
          id,
          name: `${PREFIX[kind]} ${name}`,
          district: district.name,
          province: 'Lạng Sơn',
          kind,
          // A Bắc Sơn commune's name is from the place data; its size, like every other commune's, is drawn.
          invented: true,
          villages: drawVillages(households, kind, random),
        },
        households,
        online: households * LOCAL_ONLINE_SHARE * (kind === 'xa' ? 1 : TOWN_ONLINE_FACTOR),
      });
    }
  }
  const provinceHouseholds = planned.reduce((s, p) => s + p.households, 0);
  const { province, elsewhere } = longDong.buyers;
  const communes: CommuneInput[] = planned.map((p) => {
    const inDistrict = planned.filter((q) => q.commune.district === p.commune.district);
    const districtHouseholds = inDistrict.reduce((s, q) => s + q.households, 0);
    const districtOnline = inDistrict.reduce((s, q) => s + q.online, 0);
    const share = p.households / districtHouseholds;
    // Long Đống alone served all of Bắc Sơn's buyers; here each commune serves its share of its district's, and of
    // the rest of the province and the country in proportion to its households.
    const scale = p.households / BAC_SON_HOUSEHOLDS;
    return {
      ...p.commune,
      buyers: {
        local: {
          ...longDong.buyers.local,
          households: Math.round((districtOnline * share) / LOCAL_ONLINE_SHARE),
        },
        province: {
          ...province,
          households: Math.round(
            ((provinceHouseholds - districtHouseholds) * p.households) / provinceHouseholds,
          ),
        },
        elsewhere: { ...elsewhere, households: Math.round(elsewhere.households * scale) },
      },
    };
  });
  return {
    ...longDong2021,
    id: 'lang-son-province',
    title: 'Tỉnh Lạng Sơn — 200 xã, phường, thị trấn theo mô hình Long Đống (07/2021–06/2022)',
    checksCalibration: false,
    endDate: options.endDate ?? '2022-06-30',
    communes,
  };
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A standard normal draw (Box–Muller). */
function normal(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
}

function drawSize(kind: Kind, random: Random): number {
  const size = MEDIAN[kind] * Math.exp(0.35 * normal(random));
  return Math.round(Math.min(MEDIAN[kind] * 3, Math.max(MEDIAN[kind] / 2.5, size)));
}

/** Villages around Long Đống's own: its average make-up, varied village by village; towns younger, fewer growers. */
function drawVillages(households: number, kind: Kind, random: Random): VillageInput[] {
  const [longDong] = longDong2021.communes;
  const template = longDong?.villages ?? [];
  const count = Math.max(3, Math.round(households / HOUSEHOLDS_PER_VILLAGE));
  const weights = Array.from({ length: count }, () => 0.6 + 0.8 * random.next());
  const total = weights.reduce((s, w) => s + w, 0);
  let left = households;
  const town = kind !== 'xa';
  return weights.map((w, i) => {
    const size = i === count - 1 ? left : Math.max(20, Math.round((households * w) / total));
    left -= size;
    const like = template[random.int(template.length)] as VillageInput;
    const young = Math.min(0.9, (town ? 0.68 : like.youngSmartphoneShare) + 0.05 * normal(random));
    const smartphone = Math.min(
      0.97,
      Math.max(young, (town ? 0.92 : like.smartphoneShare) + 0.03 * normal(random)),
    );
    const growers: Partial<Record<ProductId, number>> = {};
    for (const [id, share] of Object.entries(like.growers) as [ProductId, number][])
      growers[id] = Math.round(share * (town ? 0.3 : 0.7 + 0.6 * random.next()) * 1000) / 1000;
    return {
      id: `thon-${i + 1}`,
      name: `Thôn ${i + 1}`,
      invented: true,
      households: size,
      youngSmartphoneShare: Math.round(Math.max(0.2, young) * 100) / 100,
      smartphoneShare: Math.round(smartphone * 100) / 100,
      techTeamMembers: Math.min(15, Math.max(3, Math.round(size / HOUSEHOLDS_PER_MEMBER))),
      km: Math.round((town ? 0.3 + 2 * random.next() : 0.5 + 8 * random.next()) * 10) / 10,
      growers,
    };
  });
}
