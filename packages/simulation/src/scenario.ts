import {
  DomainError,
  LocalDateSchema,
  type Problem,
  ProductIdSchema,
  parseInput,
  problem,
} from '@nongsan/domain';
import * as z from 'zod';

/**
 * A scenario: everything a run needs besides the seed. Every field is checked here, with limits wide enough for
 * what-ifs and narrow enough to catch typos (a share of 57 instead of 0.57, a day count of -3). Objects are strict:
 * a misspelt field is an error, not a silently ignored one.
 */

/** A cross-field limit, reported on the field that breaks it with the smallest allowed value. */
function atLeast(ctx: z.RefinementCtx, path: (string | number)[], minimum: number): void {
  ctx.addIssue({ code: 'custom', path, params: problem('validation.too_small', { minimum }).params });
}

const Share = z.number().min(0).max(1);
const Count = z.number().int().min(0);
const PositiveCount = z.number().int().min(1);

/** A closed range of integers (days, grams, pieces). */
const IntRangeSchema = z.strictObject({ min: Count, max: Count }).superRefine((r, ctx) => {
  if (r.max < r.min) atLeast(ctx, ['max'], r.min);
});
export type IntRange = z.infer<typeof IntRangeSchema>;

/** Shares for the three kinds of household the programme met, in the order the teams went to them. */
const ByHouseholdKindSchema = z.strictObject({
  /** A young member (under about 35) with a smartphone lives in the household. */
  youngSmartphone: Share,
  /** Someone has a smartphone, but no young member does. */
  smartphone: Share,
  /** Nobody has a smartphone (feature phones only). */
  noSmartphone: Share,
});
export type ByHouseholdKind = z.infer<typeof ByHouseholdKindSchema>;

export const VillageSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(1).max(80),
    /** True when the name is invented (only An Ninh 1 and Rạ Lá are known). */
    invented: z.boolean().default(false),
    households: PositiveCount.max(100_000),
    /** Share of households with a young member who has a smartphone. */
    youngSmartphoneShare: Share,
    /** Share of households with any smartphone (at least `youngSmartphoneShare`). */
    smartphoneShare: Share,
    /** Members of the village's community technology team. */
    techTeamMembers: Count.max(100),
    /** Road distance from the commune centre (market, post office, where district buyers come from), in km. */
    km: z.number().min(0).max(200).default(0),
    /** Share of households that grow each product with a surplus to sell (commercial growers). */
    growers: z.partialRecord(ProductIdSchema, Share),
  })
  .superRefine((v, ctx) => {
    if (v.smartphoneShare < v.youngSmartphoneShare) atLeast(ctx, ['smartphoneShare'], v.youngSmartphoneShare);
  });
export type Village = z.infer<typeof VillageSchema>;

/** Buyers of one delivery zone, seen from the commune's sellers. */
const BuyerZoneSchema = z.strictObject({
  /** Households in the zone that could order (the market they are part of). */
  households: Count.max(100_000_000),
  /** Share of those households that eventually order on the marketplace. */
  onlineShareMax: Share,
  /** Days after the broadcasts start when half of `onlineShareMax` has found the marketplace. */
  onlineHalfDays: PositiveCount.max(3650),
  /** How much a zone's buyer orders compared with one in the district (delivery costs more, takes longer). */
  demandFactor: z.number().min(0).max(10),
});
export type BuyerZone = z.infer<typeof BuyerZoneSchema>;

export const CommuneSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1).max(80),
  district: z.string().min(1).max(80),
  province: z.string().min(1).max(80),
  /** xã (rural commune), thị trấn (district town) or phường (city ward). */
  kind: z.enum(['xa', 'thi_tran', 'phuong']).default('xa'),
  /** True when the commune's name or size is not from the place data (drawn for a province scenario). */
  invented: z.boolean().default(false),
  villages: z.array(VillageSchema).min(1).max(100),
  buyers: z.strictObject({ local: BuyerZoneSchema, province: BuyerZoneSchema, elsewhere: BuyerZoneSchema }),
});
export type Commune = z.infer<typeof CommuneSchema>;

const OrderSizesSchema = z
  .strictObject({
    /** Quantities in base units (grams or pieces). */
    quantities: z.array(PositiveCount.max(100_000_000)).min(1).max(20),
    weights: z.array(z.number().min(0)).min(1).max(20),
  })
  .refine((s) => s.quantities.length === s.weights.length, {
    ...problem('validation.invalid'),
    path: ['weights'],
  });

export const ProductParamsSchema = z.strictObject({
  /** This year's harvest against a normal one: 1 normal, 0.1 a failed harvest, 1.5 a bumper crop. */
  yieldFactor: z.number().min(0).max(5),
  /** What one grower puts on sale at each restock of a normal harvest, in base units. */
  stockPerRestock: IntRangeSchema,
  /** Days between restocks while the harvest lasts (a flush of fruit, a batch of cakes). */
  restockEveryDays: PositiveCount.max(365),
  /** Smallest order a grower accepts, in base units. */
  minOrder: PositiveCount,
  /** What buyers order, in base units, and how often each size is chosen. */
  orderSizes: OrderSizesSchema,
  /** Orders per online buyer household per month while the product is on sale. */
  ordersPerBuyerPerMonth: z.number().min(0).max(100),
  /** Multipliers of demand by calendar month (January first): Tết, gifts, the end of a season. */
  monthFactors: z.array(z.number().min(0).max(20)).length(12),
  /** Demand while only pre-orders are open, against demand in season (0 when pre-orders are not offered). */
  preOrderDemandFactor: z.number().min(0).max(5),
});
export type ProductParams = z.infer<typeof ProductParamsSchema>;

export const ScenarioSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string().min(1).max(200),
    /**
     * Whether a run is held against Long Đống's 2021 bands (its calibration table). A scenario of another size
     * (a province) says false: its figures are for a reader to compare with that place's own reports.
     */
    checksCalibration: z.boolean().default(true),
    startDate: LocalDateSchema,
    endDate: LocalDateSchema,
    communes: z.array(CommuneSchema).min(1).max(10_000),
    broadcasts: z.strictObject({
      startDate: LocalDateSchema,
      perWeek: z.number().min(0).max(21),
      /** Chance that one broadcast makes a household that has not heard of the programme aware of it. */
      reachPerBroadcast: Share,
    }),
    techTeams: z.strictObject({
      startDate: LocalDateSchema,
      /** Scales every village's team (2 = twice the members); the team limits scale with it. */
      membersMultiplier: z.number().min(0).max(10),
      householdsPerMember: PositiveCount.max(100),
      visitsPerMemberPerWeek: z.number().min(0).max(28),
      /** Chance that one visit moves a willing household one adoption stage on. */
      visitSuccess: ByHouseholdKindSchema,
      /** Visits to a household that does not want a shop (yet) before its helper moves on to another. */
      giveUpAfterVisits: PositiveCount.max(50),
      /**
       * Group training sessions in each village hall, announced on the loudspeakers: the team and the youth union
       * help everyone who comes, on the spot. Many in the first weeks of the campaign, then one a month.
       */
      groupSessions: z.strictObject({
        startDate: LocalDateSchema,
        /** Days of the first, intensive round and the days between its sessions. */
        intensiveDays: Count.max(365),
        intensiveEveryDays: PositiveCount.max(365),
        /** Days between sessions after the intensive round (a monthly meeting). */
        thenEveryDays: PositiveCount.max(365),
        /** Chance that an aware household without a shop comes to a session. */
        attend: ByHouseholdKindSchema,
        /** Chance that a household that wants a shop leaves the session with it open. */
        success: ByHouseholdKindSchema,
      }),
    }),
    households: z.strictObject({
      /**
       * How much a household wants a shop on its own, before it sees any neighbour with one: each household has a
       * reluctance drawn evenly between 0 and 1, and it wants a shop while its appeal (this, plus what it sees
       * around it, see `influence`) is above its reluctance. So this is also the share that would want one alone.
       */
      appeal: ByHouseholdKindSchema,
      /** What a commercial grower adds to its appeal: it has something to sell. */
      growerAppeal: Share,
      /** Chance per day that an aware household that wants a shop takes the next step without a visit. */
      selfServeDaily: ByHouseholdKindSchema,
      /** Chance per day that an aware household opens an e-payment account (e-wallet agents, the post office). */
      paymentAccountDaily: Share,
      /** Chance that a tech-team visit ends with an e-payment account when there is none. */
      paymentAccountOnVisit: Share,
      /** Share of payment accounts that are bank accounts (the rest are e-wallets). */
      bankAccountShare: Share,
    }),
    influence: z.strictObject({
      /**
       * Houses on each side along the village road that a household sees and talks to every day (its neighbours:
       * twice this many, fewer in a small village). Neighbours' shops and sales are what it sees of the programme.
       */
      neighboursEachSide: PositiveCount.max(50),
      /** Appeal added when every neighbour has a shop (in proportion when some have). */
      peerAppeal: Share,
      /** Appeal added while a neighbour is a lead household that has sold (seen the money come in). */
      leadAppeal: Share,
      /** How much faster a household takes steps by itself once a neighbour has sold. */
      selfServeMultiplier: z.number().min(1).max(50),
    }),
    sellers: z.strictObject({
      /** Days from a grower's shop opening (or the harvest starting) to its listing. */
      listingDelayDays: IntRangeSchema,
      /** Mean hours before a seller confirms a new order. */
      confirmMeanHours: z.number().min(0).max(240),
      /** Share of orders a seller never confirms (phone off in the field): the system cancels them at 24 hours. */
      neverConfirmShare: Share,
      /** Share of confirmed orders the seller cancels (fruit not ripe, sold at the market). */
      cancelShare: Share,
    }),
    buyers: z.strictObject({
      /**
       * How regular one buyer's purchases are: the shape of the Erlang distribution of the time between two of
       * her orders (1 = Poisson, as irregular as can be; Chatfield and Goodhardt found 2 fits grocery buying).
       */
      regularity: PositiveCount.max(10),
      /** How a buyer picks among the listings on offer; see buyers.ts for the literature. */
      choice: z.strictObject({
        /** Chance that a returning buyer goes back to the seller she last bought this product from. */
        repeatShare: Share,
        /** Weight of a seller's delivered orders ("đã bán"): (1 + orders) to this power (0 = ignored). */
        reputationExponent: z.number().min(0).max(3),
        /** A district buyer's weight falls by e for every this many km between the commune centre and the seller. */
        distanceKm: z.number().min(0.1).max(1000),
        /** A price this much dearer than the average on offer (as a fraction) costs a factor e in weight. */
        priceSensitivity: z.number().min(0).max(50),
      }),
      /** Listings of a product at which half the buyers who look find one that suits them. */
      halfSupplyListings: z.number().min(0).max(10_000),
      /** Share of orders the buyer cancels before hand-over. */
      cancelShare: Share,
      /** How buyers pay. */
      paymentMix: z.strictObject({
        cash_on_delivery: z.number().min(0),
        e_wallet: z.number().min(0),
        bank_transfer: z.number().min(0),
      }),
    }),
    post: z.strictObject({
      /** Days from confirmation to the post's pick-up (hand-over). */
      pickupDays: IntRangeSchema,
      deliveryDays: z.strictObject({
        local: IntRangeSchema,
        province: IntRangeSchema,
        elsewhere: IntRangeSchema,
      }),
      /** Share of parcels that fail to arrive (buyer unreachable, fruit spoiled) and come back. */
      failureRate: Share,
    }),
    products: z.partialRecord(ProductIdSchema, ProductParamsSchema),
  })
  .superRefine((s, ctx) => {
    if (s.endDate <= s.startDate)
      ctx.addIssue({ code: 'custom', path: ['endDate'], params: problem('validation.invalid_date').params });
  });

/** A scenario as written in a file (defaults not yet applied). */
export type ScenarioInput = z.input<typeof ScenarioSchema>;
/** A checked scenario. */
export type Scenario = z.output<typeof ScenarioSchema>;

/**
 * Checks a scenario and returns it with defaults applied; throws one DomainError carrying every problem, each with
 * its field path. Besides each field's own limits, every product a village grows must have market parameters.
 */
export function parseScenario(input: unknown): Scenario {
  const scenario = parseInput(ScenarioSchema, input);
  const problems: Problem[] = [];
  scenario.communes.forEach((commune, c) => {
    commune.villages.forEach((village, v) => {
      for (const productId of Object.keys(village.growers)) {
        if (!scenario.products[productId as keyof Scenario['products']])
          problems.push({
            code: 'validation.required',
            path: ['products', productId],
            params: { grownIn: `communes.${c}.villages.${v}.growers.${productId}` },
          });
      }
    });
  });
  if (problems.length > 0) throw DomainError.fromProblems(problems);
  return scenario;
}
