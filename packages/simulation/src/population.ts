import { PRODUCT_IDS, type ProductId } from '@nongsan/domain';
import { type Random, shuffled } from './random.ts';
import type { Scenario } from './scenario.ts';

/**
 * The households, villages and tech-team members of a run, as compact typed arrays indexed by number: a province
 * of 200,000 households is a few megabytes, and a day's work touches only the households that have something to
 * do. Ids a person reads (`long-dong/an-ninh-1/h-0042`) are built only when output needs them.
 */

/** The three kinds of household the teams met, in the order they went to them. */
export const HOUSEHOLD_KINDS = ['youngSmartphone', 'smartphone', 'noSmartphone'] as const;
export type HouseholdKind = (typeof HOUSEHOLD_KINDS)[number];

/** A household that has not been reached yet has no day for an event: this marks "never". */
export const NEVER = 0x7fffffff;

export interface VillageInfo {
  readonly index: number;
  readonly commune: number;
  readonly id: string;
  readonly name: string;
  /** First household index of the village; its households are `first .. first + count - 1`. */
  readonly first: number;
  readonly count: number;
  /** First member index of the village's team and how many members it has. */
  readonly firstMember: number;
  readonly members: number;
  /** Road distance from the commune centre, km. */
  readonly km: number;
}

export interface Population {
  readonly households: number;
  readonly villages: readonly VillageInfo[];
  readonly villageOf: Uint16Array;
  readonly kind: Uint8Array;
  /**
   * How much the household holds back, evenly spread over 0–1 in each village and kind (stratified: the i-th of n
   * households of a kind gets a value in the i-th n-th of the range, in random order). It wants a shop while its
   * appeal, from its kind, its crops and its neighbours, is above this.
   */
  readonly reluctance: Float32Array;
  /** Bit p set when the household grows PRODUCT_IDS[p] commercially. */
  readonly grows: Uint8Array;
  /** Adoption stage as an index into the domain's ADOPTION_STAGES. */
  readonly stage: Uint8Array;
  /** Payment account: 0 none, 1 e-wallet, 2 bank account. */
  readonly account: Uint8Array;
  readonly influenced: Uint8Array;
  /** Delivered orders of the household's shop so far (what buyers see as "đã bán", its reputation). */
  readonly sold: Int32Array;
  /** For a lead household: neighbours who opened a shop after its first sale, and those its example tipped. */
  readonly followers: Uint16Array;
  readonly tipped: Uint16Array;
  /** The member helping the household now, or -1. */
  readonly helper: Int32Array;
  /** The last member assigned to the household, or -1: who acts for a household without a smartphone. */
  readonly caretaker: Int32Array;
  readonly visits: Uint8Array;
  /** Day of the pending self-serve step and of the pending account opening (NEVER when none). */
  readonly selfDay: Int32Array;
  readonly accountDay: Int32Array;
  readonly awareDay: Int32Array;
  readonly shopDay: Int32Array;
  readonly firstSaleDay: Int32Array;
  /** Members: their village and how many households each may look after. */
  readonly members: number;
  readonly memberVillage: Uint16Array;
  readonly memberCapacity: number;
  /** Households assigned to each member: `memberCapacity` slots per member, -1 when free. */
  readonly memberSlots: Int32Array;
  /** Round-robin pointer into a member's slots. */
  readonly memberCursor: Uint16Array;
  /** Each village's households in the order its team goes to them, and how far the team has got. */
  readonly villageQueue: readonly Int32Array[];
  readonly villageQueueNext: Int32Array;
}

export function productBit(productId: ProductId): number {
  return 1 << PRODUCT_IDS.indexOf(productId);
}

/** Builds the households of every village: their kind, reluctance and crops, from the scenario's shares. */
export function createPopulation(scenario: Scenario, random: Random): Population {
  const villages: VillageInfo[] = [];
  let households = 0;
  let members = 0;
  scenario.communes.forEach((commune, c) => {
    for (const v of commune.villages) {
      const teamSize = Math.round(v.techTeamMembers * scenario.techTeams.membersMultiplier);
      villages.push({
        index: villages.length,
        commune: c,
        id: v.id,
        name: v.name,
        first: households,
        count: v.households,
        firstMember: members,
        members: teamSize,
        km: v.km,
      });
      households += v.households;
      members += teamSize;
    }
  });

  const capacity = scenario.techTeams.householdsPerMember;
  const pop: Population = {
    households,
    villages,
    villageOf: new Uint16Array(households),
    kind: new Uint8Array(households),
    reluctance: new Float32Array(households),
    grows: new Uint8Array(households),
    stage: new Uint8Array(households),
    account: new Uint8Array(households),
    influenced: new Uint8Array(households),
    sold: new Int32Array(households),
    followers: new Uint16Array(households),
    tipped: new Uint16Array(households),
    helper: new Int32Array(households).fill(-1),
    caretaker: new Int32Array(households).fill(-1),
    visits: new Uint8Array(households),
    selfDay: new Int32Array(households).fill(NEVER),
    accountDay: new Int32Array(households).fill(NEVER),
    awareDay: new Int32Array(households).fill(NEVER),
    shopDay: new Int32Array(households).fill(NEVER),
    firstSaleDay: new Int32Array(households).fill(NEVER),
    members,
    memberVillage: new Uint16Array(members),
    memberCapacity: capacity,
    memberSlots: new Int32Array(members * capacity).fill(-1),
    memberCursor: new Uint16Array(members),
    villageQueue: [],
    villageQueueNext: new Int32Array(villages.length),
  };

  const queues: Int32Array[] = [];
  let vi = 0;
  for (const commune of scenario.communes) {
    for (const v of commune.villages) {
      const info = villages[vi] as VillageInfo;
      const n = info.count;
      // A village's make-up is a fact of the village, not luck: exactly its shares of each kind and of growers
      // (rounded), spread over its houses at random.
      const young = Math.round(v.youngSmartphoneShare * n);
      const smartphone = Math.max(young, Math.round(v.smartphoneShare * n));
      const order = shuffled(info.first, n, random);
      order.forEach((h, i) => {
        pop.villageOf[h] = vi;
        pop.kind[h] = i < young ? 0 : i < smartphone ? 1 : 2;
      });
      PRODUCT_IDS.forEach((id, p) => {
        const growers = Math.round((v.growers[id] ?? 0) * n);
        const chosen = shuffled(info.first, n, random);
        for (let i = 0; i < growers; i++) {
          const h = chosen[i] as number;
          pop.grows[h] = (pop.grows[h] as number) | (1 << p);
        }
      });
      // Reluctance is stratified within each kind and grower-or-not, so that who wants a shop is luck, how many
      // is not.
      const groups: number[][] = [[], [], [], [], [], []];
      for (const h of order) groups[(pop.kind[h] as number) * 2 + (pop.grows[h] === 0 ? 1 : 0)]?.push(h);
      for (const members of groups) {
        const strata = shuffled(0, members.length, random);
        members.forEach((h, i) => {
          pop.reluctance[h] = ((strata[i] as number) + random.next()) / members.length;
        });
      }
      for (let m = info.firstMember; m < info.firstMember + info.members; m++) pop.memberVillage[m] = vi;
      queues.push(teamOrder(pop, info, random));
      vi++;
    }
  }
  (pop as { villageQueue: readonly Int32Array[] }).villageQueue = queues;
  return pop;
}

/**
 * Young smartphone households first, then older smartphone users, then the rest, as the teams did; within a kind,
 * households with produce to sell first (the programme's aim was lead households that sell), then at random.
 */
function teamOrder(pop: Population, village: VillageInfo, random: Random): Int32Array {
  const order = shuffled(village.first, village.count, random);
  const byKind: number[][] = [[], [], [], [], [], []];
  for (const h of order) byKind[(pop.kind[h] as number) * 2 + (pop.grows[h] === 0 ? 1 : 0)]?.push(h);
  return Int32Array.from(byKind.flat());
}

/** The stable id a person reads: `<commune>/<village>/h-0042` (1-based within the village). */
export function householdId(scenario: Scenario, pop: Population, h: number): string {
  const village = pop.villages[pop.villageOf[h] as number] as VillageInfo;
  const commune = scenario.communes[village.commune];
  return `${commune?.id}/${village.id}/h-${String(h - village.first + 1).padStart(4, '0')}`;
}
