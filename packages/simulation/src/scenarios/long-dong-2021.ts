import type { ProductId } from '@nongsan/domain';
import type { ScenarioInput } from '../scenario.ts';

/**
 * Long Đống commune (Bắc Sơn district, Lạng Sơn), the district's digital-economy pilot from July 2021, over the
 * 18 months to the end of 2022. The facts (10 villages, 1,085 households, teams of 5–7 members each looking after
 * about 10 households, 7 broadcasts a week, the products and their prices) come from the provincial reports in
 * shared/docs/long-dong.md. Every other number is a behavioural assumption, chosen to be plausible on its own for
 * a mountain commune in 2021 and explained beside it; the results the reports give (57% shops by the end of
 * 2021, ~10% lead households, >500 orders, ~2 t, >60 million ₫) are what the model must reproduce, not inputs.
 */
export const longDong2021: ScenarioInput = {
  id: 'long-dong-2021',
  title: 'Long Đống, Bắc Sơn, Lạng Sơn — xã thí điểm kinh tế số (07/2021–12/2022)',
  startDate: '2021-07-01',
  endDate: '2022-12-31',
  communes: [
    {
      id: 'long-dong',
      name: 'Long Đống',
      district: 'Bắc Sơn',
      province: 'Lạng Sơn',
      // Household counts add up to the reported 1,085. Villages near the commune centre are larger and
      // younger (An Ninh 1 most of all: the reports' village where about 80% of households have a shop); the
      // hamlets up the valley are smaller, older and have fewer smartphones. Rural households in the northern
      // mountains in 2021: about 3 in 4 had a smartphone somewhere in the house, and about half had a young
      // member (under ~35) living at home who used one. Growers (17–29% of households by village, the commune
      // being a fruit-growing one; the reports' ~10% lead households are those of them who sold by December,
      // since a grower whose shop opened after its harvest waits for the next): dragon fruit is the main cash
      // crop, then mandarins and red peanuts; grapes are new and few; black bánh chưng is made by a few Tày
      // households for Tết. A "grower" here has a surplus worth selling online, not just a garden. Village
      // ids and names are the domain's (places-data.ts): An Ninh 1 and Rạ Lá are real, the rest invented. The
      // road distances from the commune centre (km, after the team size) are invented too: An Ninh 1 at the
      // centre, the hamlets up the valley 5–7 km out.
      villages: [
        village('an-ninh-1', 'An Ninh 1', false, 132, 0.74, 0.9, 7, 0.5, {
          'dragon-fruit': 0.092,
          'golden-mandarin': 0.046,
          'red-peanut': 0.046,
          'black-banh-chung': 0.029,
          grape: 0.017,
        }),
        village('ra-la', 'Rạ Lá', false, 104, 0.5, 0.78, 6, 3, {
          'dragon-fruit': 0.092,
          'golden-mandarin': 0.063,
          'red-peanut': 0.046,
          'black-banh-chung': 0.029,
        }),
        village('an-ninh-2', 'An Ninh 2', true, 118, 0.56, 0.82, 6, 1.5, {
          'dragon-fruit': 0.081,
          'golden-mandarin': 0.046,
          'red-peanut': 0.063,
          grape: 0.029,
        }),
        village('na-pan', 'Nà Pàn', true, 96, 0.46, 0.74, 5, 5, {
          'dragon-fruit': 0.063,
          'golden-mandarin': 0.081,
          'red-peanut': 0.063,
          'black-banh-chung': 0.046,
        }),
        village('khuoi-cuom', 'Khuổi Cưởm', true, 126, 0.58, 0.82, 7, 2.5, {
          'dragon-fruit': 0.092,
          'golden-mandarin': 0.046,
          'red-peanut': 0.046,
          'black-banh-chung': 0.029,
          grape: 0.017,
        }),
        village('phai-xa', 'Phai Xả', true, 88, 0.44, 0.72, 5, 7, {
          'dragon-fruit': 0.046,
          'golden-mandarin': 0.092,
          'red-peanut': 0.063,
          'black-banh-chung': 0.046,
        }),
        village('con-phung', 'Còn Phung', true, 102, 0.5, 0.77, 6, 4, {
          'dragon-fruit': 0.081,
          'golden-mandarin': 0.063,
          'red-peanut': 0.046,
        }),
        village('lan-pan', 'Lân Pán', true, 110, 0.52, 0.79, 6, 4.5, {
          'dragon-fruit': 0.081,
          'golden-mandarin': 0.063,
          'red-peanut': 0.063,
          'black-banh-chung': 0.029,
        }),
        village('dong-tam', 'Đồng Tâm', true, 92, 0.45, 0.73, 5, 6, {
          'dragon-fruit': 0.063,
          'golden-mandarin': 0.081,
          'red-peanut': 0.063,
          'black-banh-chung': 0.029,
        }),
        village('na-lua', 'Nà Lừa', true, 117, 0.54, 0.8, 6, 3.5, {
          'dragon-fruit': 0.081,
          'golden-mandarin': 0.063,
          'red-peanut': 0.046,
          grape: 0.029,
        }),
      ],
      buyers: {
        // The former Bắc Sơn district: about 70,000 people, ~17,000 households. A pilot marketplace reached a
        // small core of them: 1.5% at saturation is ~250 households ordering online (people who already bought
        // on Facebook or Zalo groups), half of them found it within four months of the broadcasts starting.
        local: { households: 17_000, onlineShareMax: 0.013, onlineHalfDays: 120, demandFactor: 1 },
        // The rest of Lạng Sơn (~190,000 households): relatives and small shops in Lạng Sơn city hear of it by
        // word of mouth only; they order less often (delivery takes longer and costs more).
        province: { households: 190_000, onlineShareMax: 0.0002, onlineHalfDays: 150, demandFactor: 0.6 },
        // The rest of Vietnam: a handful of people from Bắc Sơn living in Hà Nội and elsewhere.
        elsewhere: {
          households: 26_000_000,
          onlineShareMax: 0.000001,
          onlineHalfDays: 180,
          demandFactor: 0.5,
        },
      },
    },
  ],
  broadcasts: {
    // The steering board set up in July; the loudspeakers started with the plan in mid-July.
    startDate: '2021-07-15',
    perWeek: 7,
    // One broadcast reaches and registers with a given household about once in 30: speakers are faint in the far
    // hamlets, people are in the fields at broadcast time. Over a month nearly everyone has heard of it.
    reachPerBroadcast: 0.035,
  },
  techTeams: {
    // Members were trained together with the post office first; visits started about a week after broadcasts.
    startDate: '2021-07-22',
    membersMultiplier: 1,
    householdsPerMember: 10,
    // Members are volunteers (village head, youth-union secretary) with their own fields and meetings: two or
    // three household visits a week, an evening here and there.
    visitsPerMemberPerWeek: 1.7,
    // A visit to a household that wants a shop registers it and opens the shop in one sitting when it goes well: a
    // young member with a smartphone usually gets it done; an older household needs more visits; without a
    // smartphone the helper does it for them.
    visitSuccess: { youngSmartphone: 0.6, smartphone: 0.35, noSmartphone: 0.2 },
    // After three visits to a household that does not want a shop, the member moves on to another.
    giveUpAfterVisits: 3,
    // Sessions in the village halls: every third day for the campaign's first three weeks, then a monthly meeting.
    // A third of the aware young households come, fewer older ones; the youth union sits with each and most leave
    // with a shop and an account.
    groupSessions: {
      startDate: '2021-07-22',
      intensiveDays: 21,
      intensiveEveryDays: 3,
      thenEveryDays: 30,
      attend: { youngSmartphone: 0.3, smartphone: 0.2, noSmartphone: 0.1 },
      success: { youngSmartphone: 0.7, smartphone: 0.5, noSmartphone: 0.3 },
    },
  },
  households: {
    // Who wants a shop before seeing any neighbour with one: most households with a young smartphone user; a
    // third of the older smartphone users; few without a smartphone (the helper must act for them, and most have
    // nothing to sell). What neighbours add (influence below) is what lifts the share after the first rush.
    appeal: { youngSmartphone: 0.52, smartphone: 0.125, noSmartphone: 0.02 },
    // A grower has something to sell.
    growerAppeal: 0.5,
    // Young users sometimes take a step by themselves after hearing the broadcasts (about once in 170 days);
    // older smartphone users rarely (once in 500 days); without a smartphone, never.
    selfServeDaily: { youngSmartphone: 0.006, smartphone: 0.002, noSmartphone: 0 },
    // E-payment accounts were pushed by everyone (Viettel Money agents, the post office, the youth union): an
    // aware household opens one within about a month on average, with or without a smartphone.
    paymentAccountDaily: 0.035,
    paymentAccountOnVisit: 0.9,
    // Most opened a Viettel Money e-wallet; about a third linked or opened a bank account (Agribank mostly).
    bankAccountShare: 0.3,
  },
  influence: {
    // A household sees the six houses on each side along the village road every day. (The reports say each lead
    // household positively influences more than 10 neighbouring households: the run measures how many follow.)
    neighboursEachSide: 6,
    // Seeing every neighbour with a shop adds 0.3 to a household's appeal (against a reluctance between 0 and 1);
    // a neighbour who has sold (the money came in) adds 0.1 while it lasts.
    peerAppeal: 0.3,
    leadAppeal: 0.1,
    // A neighbour who saw the lead household sell takes steps by itself about four times as readily.
    selfServeMultiplier: 4,
  },
  sellers: {
    // A grower lists within a week of its shop opening or of the harvest starting.
    listingDelayDays: { min: 1, max: 7 },
    // Most sellers see the order in the evening after the fields: a few hours on average.
    confirmMeanHours: 6,
    // About one order in 30 is never confirmed (phone off, away for days): the 24-hour rule cancels it.
    neverConfirmShare: 0.03,
    cancelShare: 0.02,
  },
  buyers: {
    // A household's orders are about as regular as its grocery shopping (Chatfield and Goodhardt's Erlang-2).
    regularity: 2,
    choice: {
      // Six times in ten a returning buyer orders again from the seller she last bought from (it was good, she
      // has the number); otherwise she looks at what the listing shows: how much the seller has sold, its price,
      // and, buying from inside the district, how far up the valley the village is (the parcel waits longer).
      repeatShare: 0.6,
      reputationExponent: 1,
      distanceKm: 5,
      priceSensitivity: 3,
    },
    // With only a few listings many buyers do not find the size, price or village they want.
    halfSupplyListings: 4,
    cancelShare: 0.02,
    // Cash on delivery is the habit in the countryside; e-wallet and bank QR payments were growing.
    paymentMix: { cash_on_delivery: 0.7, e_wallet: 0.2, bank_transfer: 0.1 },
  },
  post: {
    // Viettel Post Bắc Sơn picks up the same or the next day after confirmation.
    pickupDays: { min: 0, max: 1 },
    deliveryDays: { local: { min: 1, max: 2 }, province: { min: 1, max: 3 }, elsewhere: { min: 3, max: 5 } },
    // Buyer unreachable, fruit bruised on the way: about one parcel in 50 comes back.
    failureRate: 0.02,
  },
  products: {
    'dragon-fruit': {
      yieldFactor: 1,
      // A commercial grower puts 20–60 kg of each flush online (the rest goes to traders), a flush every 10 days.
      stockPerRestock: { min: 20_000, max: 60_000 },
      restockEveryDays: 10,
      minOrder: 1_000,
      // "A few kilograms": 1–10 kg, mostly 2–5.
      orderSizes: { quantities: [1_000, 2_000, 3_000, 5_000, 10_000], weights: [10, 25, 30, 25, 10] },
      // An online buyer household orders dragon fruit about once a month in season.
      ordersPerBuyerPerMonth: 1,
      monthFactors: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
      preOrderDemandFactor: 0.2,
    },
    'red-peanut': {
      yieldFactor: 1,
      // Dried peanuts: 30–80 kg put online after digging, topped up every two months while they last.
      stockPerRestock: { min: 30_000, max: 80_000 },
      restockEveryDays: 60,
      minOrder: 500,
      orderSizes: { quantities: [500, 1_000, 2_000, 3_000, 5_000], weights: [15, 35, 30, 12, 8] },
      // Peanuts are bought a few times a year (cooking oil, sticky rice, gifts).
      ordersPerBuyerPerMonth: 0.25,
      monthFactors: [1.5, 1.2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.3],
      preOrderDemandFactor: 0.2,
    },
    'black-banh-chung': {
      yieldFactor: 1,
      // A Tày household makes 20–50 cakes a batch, a batch a week in the Tết season, to order.
      stockPerRestock: { min: 20, max: 50 },
      restockEveryDays: 7,
      minOrder: 1,
      orderSizes: { quantities: [1, 2, 4, 6, 10], weights: [15, 30, 30, 15, 10] },
      ordersPerBuyerPerMonth: 0.3,
      // Tết (1 February 2022, 22 January 2023): orders pile up in January, stop after Tết.
      monthFactors: [2.5, 0.4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.8],
      // Made to order: pre-orders are the normal way to buy it.
      preOrderDemandFactor: 0.6,
    },
    grape: {
      yieldFactor: 1,
      stockPerRestock: { min: 10_000, max: 30_000 },
      restockEveryDays: 7,
      minOrder: 1_000,
      orderSizes: { quantities: [1_000, 2_000, 3_000], weights: [40, 40, 20] },
      ordersPerBuyerPerMonth: 0.4,
      monthFactors: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
      preOrderDemandFactor: 0.2,
    },
    'golden-mandarin': {
      yieldFactor: 1,
      // 50–120 kg a pick, every two weeks from November.
      stockPerRestock: { min: 50_000, max: 120_000 },
      restockEveryDays: 14,
      minOrder: 1_000,
      orderSizes: { quantities: [2_000, 3_000, 5_000, 10_000], weights: [25, 30, 30, 15] },
      ordersPerBuyerPerMonth: 0.8,
      // Mandarins are a Tết gift: January is the peak, February ends abruptly after Tết.
      monthFactors: [1.8, 0.6, 1, 1, 1, 1, 1, 1, 1, 1, 0.8, 1],
      preOrderDemandFactor: 0.2,
    },
  },
};

function village(
  id: string,
  name: string,
  invented: boolean,
  households: number,
  youngSmartphoneShare: number,
  smartphoneShare: number,
  techTeamMembers: number,
  km: number,
  growers: Partial<Record<ProductId, number>>,
) {
  return {
    id,
    name,
    invented,
    households,
    youngSmartphoneShare,
    smartphoneShare,
    techTeamMembers,
    km,
    growers,
  };
}
