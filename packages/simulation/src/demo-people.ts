import {
  ADOPTION_STAGES,
  type AdoptionStage,
  assignHousehold,
  capacityLeft,
  createTeam,
  DEFAULT_TEAM_LIMITS,
  type DeliveryZone,
  type Household,
  type Member,
  type Order,
  type PaymentAccount,
  parsePhone,
  type TeamLimits,
  type TechTeam,
  toBankHolderName,
} from '@nongsan/domain';
import { STAGE } from './adoption-agents.ts';
import type { VillageInfo } from './population.ts';
import type { Random } from './random.ts';
import type { SimulationRun } from './simulate.ts';

/** What the rows are made from: the run without its market (which a province's export lets go of early). */
export type DemoPopulation = Pick<SimulationRun, 'population' | 'householdIds' | 'calendar' | 'scenario'>;

// The people of a simulated commune as plain rows a server can insert (the demo commune's and each of the demo
// province's): households with their members and payment accounts, the tech teams and whom they look after, and the
// buyers of the commune's orders. Names, phones and accounts are drawn from one stream, in this order.

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

/** The households of `villages` (the run's own), in order, as the domain's `Household`s. */
export function demoHouseholds(
  run: DemoPopulation,
  villages: readonly VillageInfo[],
  villageIdOf: (village: VillageInfo) => string,
  random: Random,
  year: number,
  startDate: string,
): Household[] {
  const { population: pop, householdIds } = run;
  const households: Household[] = [];
  for (const village of villages) {
    for (let h = village.first; h < village.first + village.count; h++) {
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
        villageId: villageIdOf(village),
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
  }
  return households;
}

/** The team limits every village's team of the run keeps (the scenario's, widened to the teams it drew). */
export function demoTeamLimits(run: DemoPopulation): TeamLimits {
  const { population: pop, scenario } = run;
  const multiplier = scenario.techTeams.membersMultiplier;
  let fewest = DEFAULT_TEAM_LIMITS.minMembers;
  let most = Math.ceil(DEFAULT_TEAM_LIMITS.maxMembers * multiplier);
  for (const v of pop.villages) {
    fewest = Math.min(fewest, v.members);
    most = Math.max(most, v.members);
  }
  return {
    minMembers: fewest,
    maxMembers: most,
    maxHouseholdsPerMember: scenario.techTeams.householdsPerMember,
  };
}

/** Each village's tech team, named, with the households its members look after on the last day. */
export function demoTeams(
  run: DemoPopulation,
  villages: readonly VillageInfo[],
  villageIdOf: (village: VillageInfo) => string,
  random: Random,
  limits: TeamLimits,
): DemoTeam[] {
  const { population: pop, scenario, householdIds } = run;
  return villages.map((v) => {
    const villageId = villageIdOf(v);
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
}

/** The buyers of `orders`, each once with the zone of their orders and a name. */
export function demoBuyers(orders: Iterable<Order>, random: Random): DemoBuyer[] {
  const buyerZones = new Map<string, DeliveryZone>();
  for (const order of orders) buyerZones.set(order.buyerId, order.zone);
  return [...buyerZones].map(([id, zone]) => ({
    id,
    zone,
    name: personName(random, pick(random, FAMILY_NAMES), random.chance(0.6) ? 'female' : 'male'),
  }));
}
