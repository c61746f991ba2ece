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

/**
 * Who moved a household on: the household itself, its tech-team member at home, the team at a group session in the
 * village hall, a neighbour's sale, or its first listing or sale.
 */
export type StageCause = 'broadcast' | 'self' | 'helper' | 'session' | 'neighbour' | 'market';

export interface AdoptionEvents {
  /** A household moved from one stage to the next (always the next: the domain refuses skips). */
  stage(h: number, from: number, to: number, day: number, cause: StageCause, member: number): void;
  /** A household opened an e-payment account (1 e-wallet, 2 bank account). */
  account(h: number, kind: number, day: number, member: number): void;
  /** A member took a household into their care, or let it go. */
  assignment(h: number, member: number, day: number, assigned: boolean): void;
}

/**
 * The people side of the programme: loudspeaker broadcasts make households aware; group sessions in the village
 * hall (many in the campaign's first weeks, then monthly) and tech-team members' home visits (young smartphone
 * users first) help a household that wants a shop register and open it in one sitting, and open an e-payment
 * account; aware households open accounts and sometimes take steps on their own. Whether a household wants a shop
 * is not drawn once: it wants one while its appeal (its kind, its crops, the shops and sales of its neighbours
 * along the road) is above its reluctance, so the share that ends with a shop, and how many neighbours a lead
 * household brings along, come out of the run and are measured, not set. Shops opening is where this side hands
 * over to the sellers.
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
  private readonly appeal: readonly number[];
  private readonly sessionAttend: readonly number[];
  private readonly sessionSuccess: readonly number[];
  /** Per village: the days of the run with a group session in its hall. */
  private readonly sessionDay: Uint8Array;
  /** Per member: the fraction of a visit accrued towards the next one (starts at random, so rhythms differ). */
  private readonly visitDebt: Float64Array;

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
    const a = households.appeal;
    this.appeal = [a.youngSmartphone, a.smartphone, a.noSmartphone];
    const g = techTeams.groupSessions;
    this.sessionAttend = [g.attend.youngSmartphone, g.attend.smartphone, g.attend.noSmartphone];
    this.sessionSuccess = [g.success.youngSmartphone, g.success.smartphone, g.success.noSmartphone];
    this.sessionDay = new Uint8Array(days);
    this.visitDebt = Float64Array.from({ length: pop.members }, () => random.next());
    const first = daysBetween(scenario.startDate, g.startDate);
    for (let d = first; d < days; d += d - first < g.intensiveDays ? g.intensiveEveryDays : g.thenEveryDays)
      if (d >= 0) this.sessionDay[d] = 1;
  }

  /**
   * Whether the household wants a shop today: its appeal (kind, crops, neighbours with a shop, a neighbour that
   * has sold) against its reluctance. `withoutLeads` leaves out what lead neighbours add (for measuring).
   */
  wants(h: number, withoutLeads = false): boolean {
    const { pop, scenario } = this;
    const { influence, households } = scenario;
    let appeal = this.appeal[pop.kind[h] as number] ?? 0;
    if (pop.grows[h] !== 0) appeal += households.growerAppeal;
    let shops = 0;
    let lead = false;
    const n = this.forNeighbours(h, (x) => {
      const stage = pop.stage[x] as number;
      if (stage >= STAGE.shopOpen) shops++;
      if (stage >= STAGE.firstSale) lead = true;
    });
    if (n > 0) appeal += (influence.peerAppeal * shops) / n;
    if (lead && !withoutLeads) appeal += influence.leadAppeal;
    return appeal > (pop.reluctance[h] as number);
  }

  /** Calls `visit` for each neighbour of `h` along its village road; returns how many there are. */
  private forNeighbours(h: number, visit: (neighbour: number) => void): number {
    const { pop } = this;
    const village = pop.villages[pop.villageOf[h] as number];
    if (!village || village.count < 2) return 0;
    const each = Math.min(this.scenario.influence.neighboursEachSide, Math.floor((village.count - 1) / 2));
    const i = h - village.first;
    for (let d = 1; d <= each; d++) {
      visit(village.first + ((i + d) % village.count));
      visit(village.first + ((i - d + village.count) % village.count));
    }
    return each * 2;
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
    if (this.sessionDay[day] === 1) for (const village of pop.villages) this.session(village.index, day);
    if (day >= this.teamStartDay) this.teamDay(day);
  }

  /**
   * A group session in a village hall: aware households without a shop come (the young most readily); the team
   * and the youth union open an e-payment account for whoever has none and, for a household that wants one,
   * register it and open its shop on the spot.
   */
  private session(v: number, day: number): void {
    const { pop, random } = this;
    const village = pop.villages[v];
    if (!village || village.members === 0) return;
    for (let h = village.first; h < village.first + village.count; h++) {
      const stage = pop.stage[h] as number;
      if (stage < STAGE.aware || stage >= STAGE.shopOpen) continue;
      const kind = pop.kind[h] as number;
      if (!random.chance(this.sessionAttend[kind] ?? 0)) continue;
      if (pop.account[h] === 0 && random.chance(this.scenario.households.paymentAccountOnVisit))
        this.openAccount(h, day, -1);
      if (this.wants(h) && random.chance(this.sessionSuccess[kind] ?? 0))
        this.openShopNow(h, day, 'session', -1);
    }
  }

  /** Registers the household (if it is not yet) and opens its shop, in one sitting. */
  private openShopNow(h: number, day: number, cause: StageCause, member: number): void {
    for (let stage = this.pop.stage[h] as number; stage < STAGE.shopOpen; stage++)
      this.advance(h, stage + 1, day, cause, member);
    this.planSelfServe(h, day);
  }

  /**
   * A lead household's first sale: its neighbours along the road hear of it (those who had not become aware), and
   * take steps by themselves more readily; whether they want a shop now is theirs to weigh (see `wants`).
   */
  influenceNeighbours(lead: number, day: number): void {
    const { pop } = this;
    this.forNeighbours(lead, (h) => {
      pop.influenced[h] = 1;
      if (pop.stage[h] === STAGE.notReached) this.becomeAware(h, day, 'neighbour', -1);
      else this.planSelfServe(h, day);
    });
  }

  /** Moves a household one stage on through the domain's rule, which refuses anything but the next stage. */
  advance(h: number, to: number, day: number, cause: StageCause, member: number): void {
    const from = this.pop.stage[h] as number;
    advanceAdoption(ADOPTION_STAGES[from] as AdoptionStage, ADOPTION_STAGES[to] as AdoptionStage);
    this.pop.stage[h] = to;
    this.events.stage(h, from, to, day, cause, member);
    if (to === STAGE.shopOpen) {
      this.pop.shopDay[h] = day;
      this.countFollowing(h);
      this.onShopOpen(h, day);
    }
  }

  /** A shop opened: every lead neighbour that had sold counts a follower, and a tipped one if it took its example. */
  private countFollowing(h: number): void {
    const { pop } = this;
    let leads = 0;
    this.forNeighbours(h, (x) => {
      if ((pop.stage[x] as number) >= STAGE.firstSale) leads++;
    });
    if (leads === 0) return;
    const tipped = !this.wants(h, true);
    this.forNeighbours(h, (x) => {
      if ((pop.stage[x] as number) < STAGE.firstSale) return;
      pop.followers[x] = Math.min(65_535, (pop.followers[x] as number) + 1);
      if (tipped) pop.tipped[x] = Math.min(65_535, (pop.tipped[x] as number) + 1);
    });
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
    if (stage < STAGE.aware || stage >= STAGE.shopOpen) {
      pop.selfDay[h] = NEVER;
      return;
    }
    const base = this.selfServe[pop.kind[h] as number] ?? 0;
    const rate = Math.min(1, pop.influenced[h] ? base * this.scenario.influence.selfServeMultiplier : base);
    const next = rate > 0 ? day + 1 + this.waitDays(rate) : NEVER;
    pop.selfDay[h] = next;
    if (next !== NEVER) this.queue.push(next, h);
  }

  /** A day the household might act alone: it takes the next step if it wants a shop now, and plans the next try. */
  private selfServeStep(h: number, day: number): void {
    const stage = this.pop.stage[h] as number;
    this.pop.selfDay[h] = NEVER;
    if (stage < STAGE.aware || stage >= STAGE.shopOpen) return;
    if (this.wants(h)) this.advance(h, stage + 1, day, 'self', -1);
    this.planSelfServe(h, day);
  }

  private teamDay(day: number): void {
    const { pop } = this;
    for (let m = 0; m < pop.members; m++) {
      if (day === this.teamStartDay) this.fillSlots(m, day);
      // A member keeps to a rhythm (an evening or two a week), not a lottery: visits accrue day by day.
      const due = (this.visitDebt[m] as number) + this.visitsPerDay;
      let visits = Math.floor(due);
      this.visitDebt[m] = due - visits;
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
    if (pop.account[h] === 0 && random.chance(scenario.households.paymentAccountOnVisit))
      this.openAccount(h, day, m);
    const wants = this.wants(h);
    if (wants && random.chance(this.success[pop.kind[h] as number] ?? 0))
      this.openShopNow(h, day, 'helper', m);
    const done = (pop.stage[h] as number) >= STAGE.shopOpen;
    const givenUp = !wants && (pop.visits[h] as number) >= scenario.techTeams.giveUpAfterVisits;
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
