import {
  ADOPTION_STAGES,
  type AdoptionStage,
  addDays,
  assignHousehold,
  capacityLeft,
  createTeam,
  DEFAULT_TEAM_LIMITS,
  type DeliveryZone,
  findCommune,
  findVillage,
  type Household,
  type Listing,
  type Member,
  type Order,
  type OrderEvent,
  type PaymentAccount,
  parsePhone,
  type TeamLimits,
  type TechTeam,
  toBankHolderName,
} from '@nongsan/domain';
import { STAGE } from './adoption-agents.ts';
import type { InMemoryMarket, MarketShop } from './in-memory-market.ts';
import { createRandom, type Random } from './random.ts';
import type { ScenarioInput } from './scenario.ts';
import { longDong2021 } from './scenarios/long-dong-2021.ts';
import { type SimulationRun, simulate } from './simulate.ts';

/** xã Bắc Sơn since 1 July 2025 (Long Đống, thị trấn Bắc Sơn and Bắc Quỳnh merged), Lạng Sơn (province 20). */
const CURRENT_COMMUNE_CODE = '06325';

export interface DemoTeam {
  readonly team: TechTeam;
  /** The same assignments as plain rows, for a table. */
  readonly assignments: readonly { readonly householdId: string; readonly memberId: string }[];
}

export interface DemoBuyer {
  readonly id: string;
  readonly name: string;
  readonly zone: DeliveryZone;
}

/** Plain data a server can insert: the calibrated commune as it stands on `endDate`, with its whole year. */
export interface DemoCommune {
  readonly seed: number;
  readonly startDate: string;
  readonly endDate: string;
  readonly commune: { readonly code: string; readonly name: string; readonly provinceCode: string };
  readonly villages: readonly { readonly id: string; readonly name: string; readonly invented: boolean }[];
  readonly households: readonly Household[];
  readonly teams: readonly DemoTeam[];
  readonly shops: readonly MarketShop[];
  readonly listings: readonly Listing[];
  readonly orders: readonly Order[];
  readonly orderEvents: readonly OrderEvent[];
  readonly buyers: readonly DemoBuyer[];
}

/**
 * The calibrated commune over the 12 months before `endDate`, with today's place names (xã Bắc Sơn and its thôn):
 * the programme starts a year before, so the apps open on a living commune, two thirds of its households with a
 * shop and something in season. The same date and seed give the same data.
 */
export async function demoCommune(options: {
  readonly endDate: string;
  readonly seed?: number;
}): Promise<DemoCommune> {
  const seed = options.seed ?? 1;
  const startDate = addDays(options.endDate, -365);
  const commune = findCommune(CURRENT_COMMUNE_CODE, 'current');
  const base = longDong2021;
  const input: ScenarioInput = {
    ...base,
    id: 'bac-son-demo',
    title: `xã Bắc Sơn, Lạng Sơn — ${startDate} → ${options.endDate}`,
    startDate,
    endDate: options.endDate,
    communes: base.communes.map((c) => ({
      ...c,
      id: 'bac-son',
      name: commune?.name ?? 'Bắc Sơn',
      district: '—',
    })),
    broadcasts: { ...base.broadcasts, startDate: addDays(startDate, 14) },
    techTeams: { ...base.techTeams, startDate: addDays(startDate, 21) },
  };
  const run = await simulate(input, { seed, keepHistory: true, keepWeeks: false });
  return demoData(run, startDate, options.endDate, createRandom(seed, 'people'));
}

const FAMILY_NAMES = [
  'Hoàng',
  'Nông',
  'Lương',
  'Vi',
  'Hà',
  'Triệu',
  'Dương',
  'Lý',
  'Nguyễn',
  'Lường',
  'Mã',
  'Đinh',
];
const MIDDLE = { male: ['Văn', 'Đức', 'Quang', 'Minh'], female: ['Thị', 'Thị', 'Ngọc', 'Thu'] };
const GIVEN = {
  male: [
    'An',
    'Bình',
    'Cường',
    'Dũng',
    'Hải',
    'Hùng',
    'Khánh',
    'Lâm',
    'Nam',
    'Phúc',
    'Quý',
    'Sơn',
    'Tài',
    'Thắng',
    'Toàn',
  ],
  female: [
    'Đào',
    'Hoa',
    'Hương',
    'Lan',
    'Liên',
    'Mai',
    'Nga',
    'Ngân',
    'Nhung',
    'Quyên',
    'Thảo',
    'Trang',
    'Vân',
    'Yến',
  ],
};
const ROLES = [
  'Trưởng thôn',
  'Bí thư chi đoàn',
  'Chi hội trưởng phụ nữ',
  'Chi hội trưởng nông dân',
  'Đoàn viên',
];
const VIETTEL_PREFIXES = ['086', '096', '097', '098', '032', '033', '034', '035', '036', '037', '038', '039'];

function pick<T>(random: Random, list: readonly T[]): T {
  return list[random.int(list.length)] as T;
}

function personName(random: Random, family: string, sex: 'male' | 'female'): string {
  return `${family} ${pick(random, MIDDLE[sex])} ${pick(random, GIVEN[sex])}`;
}

function demoData(run: SimulationRun, startDate: string, endDate: string, random: Random): DemoCommune {
  const { population: pop, scenario, householdIds } = run;
  const market = run.market as InMemoryMarket;
  const year = Number(endDate.slice(0, 4));
  const villageIdOf = (slug: string) => findVillage(`long-dong:${slug}`)?.id ?? slug;
  const villages = pop.villages.map((v) => {
    const known = findVillage(`long-dong:${v.id}`);
    return { id: known?.id ?? v.id, name: known?.name ?? v.name, invented: known?.invented ?? true };
  });

  const households: Household[] = [];
  for (let h = 0; h < pop.households; h++) {
    const village = pop.villages[pop.villageOf[h] as number];
    const family = pick(random, FAMILY_NAMES);
    const head = personName(random, family, random.chance(0.7) ? 'male' : 'female');
    const kind = pop.kind[h] as number;
    const members: Member[] = [
      { name: head, birthYear: year - random.between(38, 68), hasSmartphone: kind === 1 },
      {
        name: personName(random, pick(random, FAMILY_NAMES), 'female'),
        birthYear: year - random.between(35, 65),
        hasSmartphone: false,
      },
    ];
    if (kind === 0)
      members.push({
        name: personName(random, family, random.chance(0.5) ? 'male' : 'female'),
        birthYear: year - random.between(18, 29),
        hasSmartphone: true,
      });
    const accounts: PaymentAccount[] = [];
    if (pop.account[h] === 1) {
      const digits = String(random.int(10_000_000)).padStart(7, '0');
      accounts.push({
        kind: 'e_wallet',
        provider: 'viettel_money',
        phone: parsePhone(`${pick(random, VIETTEL_PREFIXES)}${digits}`),
        holderName: toBankHolderName(head),
      });
    } else if (pop.account[h] === 2) {
      const number = `${random.between(1000, 9999)}${String(random.int(1_000_000_000)).padStart(9, '0')}`;
      accounts.push({
        kind: 'bank',
        bin: '970405',
        accountNumber: number,
        holderName: toBankHolderName(head),
      });
    }
    const stage = pop.stage[h] as number;
    const shopDay = pop.shopDay[h] as number;
    households.push({
      id: householdIds[h] as string,
      villageId: villageIdOf(village?.id ?? ''),
      head,
      members,
      isLead: stage >= STAGE.firstSale,
      paymentAccounts: accounts,
      shop:
        stage >= STAGE.shopOpen
          ? {
              name: `Nông sản nhà ${head}`.slice(0, 60),
              openedOn: run.calendar.dates[shopDay] ?? startDate,
              status: 'open',
            }
          : null,
      adoptionStage: ADOPTION_STAGES[stage] as AdoptionStage,
    });
  }

  const multiplier = scenario.techTeams.membersMultiplier;
  const limits: TeamLimits = {
    minMembers: Math.min(DEFAULT_TEAM_LIMITS.minMembers, ...pop.villages.map((v) => v.members)),
    maxMembers: Math.max(
      Math.ceil(DEFAULT_TEAM_LIMITS.maxMembers * multiplier),
      ...pop.villages.map((v) => v.members),
    ),
    maxHouseholdsPerMember: scenario.techTeams.householdsPerMember,
  };
  const teams: DemoTeam[] = pop.villages.map((v) => {
    const villageId = villageIdOf(v.id);
    const members = Array.from({ length: v.members }, (_, k) => ({
      id: `${scenario.communes[v.commune]?.id}/${v.id}/helper-${k + 1}`,
      name: personName(random, pick(random, FAMILY_NAMES), random.chance(0.5) ? 'male' : 'female'),
      role: ROLES[Math.min(k, ROLES.length - 1)] as string,
    }));
    let team = createTeam(villageId, members, limits);
    const rows: { householdId: string; memberId: string }[] = [];
    // Households a member is working on now come first; then, while the member has room, the households they
    // brought to a shop earlier, which a helper keeps looking after (listing, orders) in real life. Without the
    // second pass a commune whose teams have finished their rounds would show helpers with nobody to help.
    for (const helperOfHousehold of [pop.helper, pop.caretaker]) {
      for (let h = v.first; h < v.first + v.count; h++) {
        const m = helperOfHousehold[h] as number;
        const memberId = m < 0 ? undefined : members[m - v.firstMember]?.id;
        const householdId = householdIds[h] as string;
        if (!memberId || team.assignments.has(householdId) || capacityLeft(team, memberId, limits) === 0)
          continue;
        team = assignHousehold(team, { id: householdId, villageId }, memberId, limits);
        rows.push({ householdId, memberId });
      }
    }
    return { team, assignments: rows };
  });

  const buyerZones = new Map<string, DeliveryZone>();
  for (const order of market.orders.values()) buyerZones.set(order.buyerId, order.zone);
  const buyers = [...buyerZones].map(([id, zone]) => ({
    id,
    zone,
    name: personName(random, pick(random, FAMILY_NAMES), random.chance(0.6) ? 'female' : 'male'),
  }));

  return {
    seed: run.seed,
    startDate,
    endDate,
    commune: {
      code: CURRENT_COMMUNE_CODE,
      name: findCommune(CURRENT_COMMUNE_CODE, 'current')?.name ?? 'Bắc Sơn',
      provinceCode: '20',
    },
    villages,
    households,
    teams,
    shops: [...market.shops.values()],
    listings: [...market.listings.values()],
    orders: [...market.orders.values()],
    orderEvents: market.history,
    buyers,
  };
}
