import { ADOPTION_STAGES, type AdoptionStage, advanceAdoption, daysBetween } from '@nongsan/domain';
import { DayQueue } from './day-queue.ts';
import { NEVER, type Population } from './population.ts';
import type { Random } from './random.ts';
import type { Scenario } from './scenario.ts';

/** Stage indexes into the domain's ADOPTION_STAGES, looked up once by name so a reordering cannot go unnoticed. */
export const STAGE = {
  notReached: stageIndexOf('not_reached'),
  aware: stageIndexOf('aware'),
  registered: stageIndexOf('registered'),
  shopOpen: stageIndexOf('shop_open'),
  firstListing: stageIndexOf('first_listing'),
  firstSale: stageIndexOf('first_sale'),
} as const;

function stageIndexOf(stage: AdoptionStage): number {
  const index = ADOPTION_STAGES.indexOf(stage);
  if (index < 0) throw new Error(`The domain has no adoption stage ${stage}`);
  return index;
}

/** A wait longer than any run: a day number that never comes, small enough to add days to in an Int32Array. */
const FAR = 1_000_000_000;

/** Who moved a household on: the household itself, its tech-team member, or its first listing or sale. */
export type StageCause = 'broadcast' | 'self' | 'helper' | 'neighbour' | 'market';

export interface AdoptionEvents {
  /** A household moved from one stage to the next (always the next: the domain refuses skips). */
  stage(h: number, from: number, to: number, day: number, cause: StageCause, member: number): void;
  /** A household opened an e-payment account (1 e-wallet, 2 bank account). */
  account(h: number, kind: number, day: number, member: number): void;
  /** A member took a household into their care, or let it go. */
  assignment(h: number, member: number, day: number, assigned: boolean): void;
}

/**
 * The people side of the programme: loudspeaker broadcasts make households aware, tech-team members visit the
 * households assigned to them (young smartphone users first) and move them one stage per successful visit, aware
 * households open e-payment accounts and sometimes take steps on their own, and a lead household's first sale
 * makes its neighbours aware and readier. Shops opening is where this side hands over to the sellers.
 */
export class AdoptionAgents {
  private readonly queue: DayQueue;
  private readonly broadcastHazard: number;
  private readonly teamStartDay: number;
  private readonly broadcastStartDay: number;
  private readonly visitsPerDay: number;
  private readonly success: readonly number[];
  private readonly selfServe: readonly number[];
  private readonly accountHazard: number;

  constructor(
    private readonly scenario: Scenario,
    private readonly pop: Population,
    days: number,
    private readonly random: Random,
    private readonly events: AdoptionEvents,
    private readonly onShopOpen: (h: number, day: number) => void,
  ) {
    this.queue = new DayQueue(days);
    const { broadcasts, techTeams, households } = scenario;
    const perDay = broadcasts.perWeek / 7;
    this.broadcastHazard = 1 - (1 - broadcasts.reachPerBroadcast) ** perDay;
    this.broadcastStartDay = Math.max(0, daysBetween(scenario.startDate, broadcasts.startDate));
    this.teamStartDay = Math.max(0, daysBetween(scenario.startDate, techTeams.startDate));
    this.visitsPerDay = techTeams.visitsPerMemberPerWeek / 7;
    const s = techTeams.visitSuccess;
    this.success = [s.youngSmartphone, s.smartphone, s.noSmartphone];
    const self = households.selfServeDaily;
    this.selfServe = [self.youngSmartphone, self.smartphone, self.noSmartphone];
    this.accountHazard = households.paymentAccountDaily;
  }

  /** Plans when each household would first hear a broadcast. */
  start(): void {
    const { pop } = this;
    for (let h = 0; h < pop.households; h++) {
      const day = this.broadcastStartDay + this.waitDays(this.broadcastHazard);
      pop.awareDay[h] = day;
      this.queue.push(day, h);
    }
  }

  /** One day: the households due today, then every member's visits. */
  step(day: number): void {
    const { pop } = this;
    for (let items = this.queue.take(day); items.length > 0; items = this.queue.take(day)) {
      for (const h of items) {
        if (pop.awareDay[h] === day && pop.stage[h] === STAGE.notReached)
          this.becomeAware(h, day, 'broadcast', -1);
        if (pop.accountDay[h] === day && pop.account[h] === 0) this.openAccount(h, day, -1);
        if (pop.selfDay[h] === day) this.selfServeStep(h, day);
      }
    }
    if (day >= this.teamStartDay) this.teamDay(day);
  }

  /** A lead household's first sale: its neighbours hear of it and become readier to try. */
  influenceNeighbours(lead: number, day: number): void {
    const { pop, random } = this;
    const village = pop.villages[pop.villageOf[lead] as number];
    if (!village || village.count < 2) return;
    const n = Math.min(this.scenario.influence.neighboursPerLead, village.count - 1);
    for (let i = 0; i < n; i++) {
      let h = village.first + random.int(village.count - 1);
      if (h >= lead) h++;
      pop.influenced[h] = 1;
      if (pop.stage[h] === STAGE.notReached) this.becomeAware(h, day, 'neighbour', -1);
      else this.planSelfServe(h, day);
    }
  }

  /** Moves a household one stage on through the domain's rule, which refuses anything but the next stage. */
  advance(h: number, to: number, day: number, cause: StageCause, member: number): void {
    const from = this.pop.stage[h] as number;
    advanceAdoption(ADOPTION_STAGES[from] as AdoptionStage, ADOPTION_STAGES[to] as AdoptionStage);
    this.pop.stage[h] = to;
    this.events.stage(h, from, to, day, cause, member);
    if (to === STAGE.shopOpen) {
      this.pop.shopDay[h] = day;
      this.onShopOpen(h, day);
    }
  }

  private becomeAware(h: number, day: number, cause: StageCause, member: number): void {
    const { pop } = this;
    this.advance(h, STAGE.aware, day, cause, member);
    if (pop.account[h] === 0 && pop.accountDay[h] === NEVER) {
      const accountDay = day + 1 + this.waitDays(this.accountHazard);
      pop.accountDay[h] = accountDay;
      this.queue.push(accountDay, h);
    }
    this.planSelfServe(h, day);
  }

  private openAccount(h: number, day: number, member: number): void {
    const kind = this.random.chance(this.scenario.households.bankAccountShare) ? 2 : 1;
    this.pop.account[h] = kind;
    this.pop.accountDay[h] = day;
    this.events.account(h, kind, day, member);
  }

  /** Plans the household's next step on its own, if it would take one (memoryless: replanning is fair). */
  private planSelfServe(h: number, day: number): void {
    const { pop } = this;
    const stage = pop.stage[h] as number;
    if (pop.willing[h] === 0 || stage < STAGE.aware || stage >= STAGE.shopOpen) {
      pop.selfDay[h] = NEVER;
      return;
    }
    const base = this.selfServe[pop.kind[h] as number] ?? 0;
    const rate = Math.min(1, pop.influenced[h] ? base * this.scenario.influence.selfServeMultiplier : base);
    const next = rate > 0 ? day + 1 + this.waitDays(rate) : NEVER;
    pop.selfDay[h] = next;
    if (next !== NEVER) this.queue.push(next, h);
  }

  private selfServeStep(h: number, day: number): void {
    const stage = this.pop.stage[h] as number;
    this.pop.selfDay[h] = NEVER;
    if (stage < STAGE.aware || stage >= STAGE.shopOpen || this.pop.willing[h] === 0) return;
    this.advance(h, stage + 1, day, 'self', -1);
    this.planSelfServe(h, day);
  }

  private teamDay(day: number): void {
    const { pop, random } = this;
    for (let m = 0; m < pop.members; m++) {
      if (day === this.teamStartDay) this.fillSlots(m, day);
      let visits = random.poisson(this.visitsPerDay);
      while (visits > 0) {
        const h = this.nextHousehold(m, day);
        if (h < 0) break;
        this.visit(m, h, day);
        visits--;
      }
    }
  }

  /** The next household the member should visit, round robin over their slots; finished ones make room. */
  private nextHousehold(m: number, day: number): number {
    const { pop } = this;
    const cap = pop.memberCapacity;
    const base = m * cap;
    for (let tries = 0; tries < cap; tries++) {
      const slot = (pop.memberCursor[m] as number) % cap;
      pop.memberCursor[m] = (slot + 1) % cap;
      const h = pop.memberSlots[base + slot] as number;
      if (h < 0) continue;
      if ((pop.stage[h] as number) >= STAGE.shopOpen) {
        this.release(m, base + slot, h, day);
        this.fillSlots(m, day);
        const replacement = pop.memberSlots[base + slot] as number;
        if (replacement >= 0) return replacement;
        continue;
      }
      return h;
    }
    return -1;
  }

  private visit(m: number, h: number, day: number): void {
    const { pop, random, scenario } = this;
    pop.visits[h] = Math.min(255, (pop.visits[h] as number) + 1);
    const stage = pop.stage[h] as number;
    if (stage === STAGE.notReached) this.becomeAware(h, day, 'helper', m);
    else if (
      pop.willing[h] === 1 &&
      stage < STAGE.shopOpen &&
      random.chance(this.success[pop.kind[h] as number] ?? 0)
    ) {
      this.advance(h, stage + 1, day, 'helper', m);
      this.planSelfServe(h, day);
    }
    if (pop.account[h] === 0 && random.chance(scenario.households.paymentAccountOnVisit))
      this.openAccount(h, day, m);
    const done = (pop.stage[h] as number) >= STAGE.shopOpen;
    const givenUp = pop.willing[h] === 0 && (pop.visits[h] as number) >= scenario.techTeams.giveUpAfterVisits;
    if (done || givenUp) {
      const base = m * pop.memberCapacity;
      for (let s = 0; s < pop.memberCapacity; s++) {
        if (pop.memberSlots[base + s] === h) this.release(m, base + s, h, day);
      }
      this.fillSlots(m, day);
    }
  }

  private release(m: number, slotIndex: number, h: number, day: number): void {
    this.pop.memberSlots[slotIndex] = -1;
    this.pop.helper[h] = -1;
    this.events.assignment(h, m, day, false);
  }

  /** Fills the member's free slots from the village's queue, skipping households already done. */
  private fillSlots(m: number, day: number): void {
    const { pop } = this;
    const v = pop.memberVillage[m] as number;
    const queue = pop.villageQueue[v] as Int32Array;
    const base = m * pop.memberCapacity;
    for (let s = 0; s < pop.memberCapacity; s++) {
      if ((pop.memberSlots[base + s] as number) >= 0) continue;
      let h = -1;
      while ((pop.villageQueueNext[v] as number) < queue.length) {
        const candidate = queue[pop.villageQueueNext[v] as number] as number;
        pop.villageQueueNext[v] = (pop.villageQueueNext[v] as number) + 1;
        if ((pop.stage[candidate] as number) < STAGE.shopOpen) {
          h = candidate;
          break;
        }
      }
      if (h < 0) return;
      pop.memberSlots[base + s] = h;
      pop.helper[h] = m;
      pop.caretaker[h] = m;
      this.events.assignment(h, m, day, true);
    }
  }

  /** Whole days until an event with this daily chance happens (0 = today). */
  private waitDays(dailyChance: number): number {
    if (dailyChance <= 0) return FAR;
    if (dailyChance >= 1) return 0;
    const u = 1 - this.random.next();
    return Math.min(FAR, Math.floor(Math.log(u) / Math.log(1 - dailyChance)));
  }
}
