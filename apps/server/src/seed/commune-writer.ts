import type { NewHousehold, NewUser, Repositories } from '@nongsan/api';
import { listingSearchText } from '@nongsan/api';
import { addDays, effectiveStatus, listingPhase } from '@nongsan/domain';
import type { DemoCommune } from '@nongsan/simulation';
import { addressInZone } from '@nongsan/simulation';

/**
 * Deterministic, valid mobile numbers, one counter per prefix (090 households, 091 helpers, 094 officials, 098
 * buyers): the demo commune's numbers are what they have always been, and a province's never repeat.
 */
export class DemoPhones {
  private readonly next = new Map<string, number>();

  /** The number `index` of a prefix (1-based), without moving its counter. */
  static at(prefix: string, index: number): string {
    return `${prefix}${String(index).padStart(7, '0')}`;
  }

  /** Reserves `count` numbers of a prefix; returns the index before the first of them. */
  reserve(prefix: string, count: number): number {
    const before = this.next.get(prefix) ?? 0;
    this.next.set(prefix, before + count);
    return before;
  }
}

/** What a written commune offers for the demo logins: its household that sold most, and that household's helper. */
export interface WrittenCommune {
  readonly households: number;
  /**
   * The seller login of the household that sold most among those with something in season on the demo's day (its
   * orders), else of the one that sold most (orders -1: nothing to sell now), else the first seller.
   */
  readonly bestSeller:
    | { readonly userId: string; readonly phone: string; readonly orders: number }
    | undefined;
  /** Its helper (or the commune's first helper). */
  readonly bestSellerHelper: { readonly userId: string; readonly phone: string } | undefined;
}

/**
 * Writes one simulated commune through the repositories, in batches: its villages, the tech teams as helper logins
 * with their assignments, households and their seller logins (for households that have registered), payment
 * accounts, shops, listings, the buyers it names, then its orders with their lines and histories. Ids come from
 * the simulation or are derived from them, so the same commune gives the same rows; nobody gets a password here.
 * `assignedBy` is the official recorded as having handed the households to their helpers.
 */
export async function writeCommune(
  repos: Repositories,
  commune: DemoCommune,
  options: { readonly phones: DemoPhones; readonly assignedBy: string },
): Promise<WrittenCommune> {
  const { phones } = options;
  await repos.villages.ensure(
    commune.villages.map((v) => ({
      id: v.id,
      name: v.name,
      legacyCommuneCode: v.legacyCommuneCode,
      currentCommuneCode: commune.commune.code,
      invented: v.invented,
    })),
  );
  const villageName = new Map(commune.villages.map((v) => [v.id, v.name]));
  const startedAt = new Date(`${commune.startDate}T00:00:00+07:00`);

  const helperOf = new Map<string, string>();
  const helpers: NewUser[] = [];
  const helperBase = phones.reserve('091', commune.teams.length * 100);
  commune.teams.forEach((demoTeam, t) => {
    demoTeam.team.members.forEach((member, m) => {
      helpers.push({
        id: member.id,
        phone: DemoPhones.at('091', helperBase + t * 100 + m + 1),
        role: 'helper',
        villageId: demoTeam.team.villageId,
        teamRole: member.role ?? null,
        displayName: member.name,
        passwordHash: null,
        createdAt: startedAt,
      });
    });
    for (const a of demoTeam.assignments) helperOf.set(a.householdId, a.memberId);
  });
  await repos.users.insertMany(helpers);

  const households: NewHousehold[] = commune.households.map((h) => ({
    id: h.id,
    villageId: h.villageId,
    head: h.head,
    isLead: h.isLead,
    adoptionStage: h.adoptionStage,
    helperId: helperOf.get(h.id) ?? null,
    createdAt: startedAt,
  }));
  await repos.households.insertMany(households);
  await repos.households.insertAssignments(
    [...helperOf].map(([householdId, helperId]) => ({
      id: `asg:${householdId}`,
      householdId,
      helperId,
      assignedBy: options.assignedBy,
      at: startedAt,
    })),
  );

  const registered = commune.households.filter(
    (h) => h.adoptionStage !== 'not_reached' && h.adoptionStage !== 'aware',
  );
  const sellerBase = phones.reserve('090', registered.length);
  const sellers: NewUser[] = registered.map((h, i) => ({
    id: `seller:${h.id}`,
    phone: DemoPhones.at('090', sellerBase + i + 1),
    role: 'seller',
    householdId: h.id,
    displayName: h.members.find((m) => m.hasSmartphone)?.name ?? h.head,
    passwordHash: null,
    createdAt: startedAt,
  }));
  await repos.users.insertMany(sellers);
  await repos.households.insertPaymentAccounts(
    registered.flatMap((h) =>
      h.paymentAccounts.map((account, i) => ({
        id: `pay:${h.id}:${i}`,
        householdId: h.id,
        account,
        isDefault: i === 0,
        createdBy: helperOf.get(h.id) ?? `seller:${h.id}`,
        at: startedAt,
      })),
    ),
  );

  const byId = new Map(commune.households.map((h) => [h.id, h]));
  const shops = commune.shops.flatMap((shop) => {
    const household = byId.get(shop.householdId);
    if (!household) return [];
    const at = shop.openedAt.toISOString();
    return [
      {
        id: shop.householdId,
        name: household.shop?.name ?? shop.name,
        description: '',
        status: household.shop?.status ?? ('open' as const),
        openedAt: at,
        openedBy: helperOf.get(shop.householdId) ?? `seller:${shop.householdId}`,
        updatedAt: at,
      },
    ];
  });
  await repos.shops.insertMany(shops);
  const shopName = new Map(shops.map((s) => [s.id, s.name]));
  const listings = commune.listings
    .filter((l) => shopName.has(l.shopId))
    .map((listing) => ({
      listing: { ...listing, photos: [] },
      searchText: listingSearchText(listing, {
        shopName: shopName.get(listing.shopId) ?? '',
        villageName: villageName.get(byId.get(listing.shopId)?.villageId ?? '') ?? '',
      }),
    }));
  await repos.listings.insertMany(listings);

  const buyerBase = phones.reserve('098', commune.buyers.length);
  const buyers: NewUser[] = commune.buyers.map((b, i) => ({
    id: b.id,
    phone: DemoPhones.at('098', buyerBase + i + 1),
    role: 'buyer',
    displayName: b.name,
    passwordHash: null,
    createdAt: startedAt,
  }));
  await repos.users.insertMany(buyers);
  const buyerPhone = new Map(buyers.map((b) => [b.id, b.phone]));

  // The year's orders and their histories. A buyer's address is in the zone the simulation chose for the order,
  // and the phone to call is the buyer's own (the demo's buyers order for themselves); a household's steps are
  // recorded as its own login's, a helper's as the helper's for that household.
  const ordered = commune.orders.filter((order) => shopName.has(order.shopId));
  await repos.orders.insertMany(
    ordered.map((order) => {
      const villageId = byId.get(order.shopId)?.villageId ?? commune.villages[0]?.id ?? '';
      return {
        order: { ...order, deliveryPhone: buyerPhone.get(order.buyerId) ?? order.deliveryPhone },
        deliveryAddress: addressInZone(
          { communeCode: commune.commune.code, villageId, villageName: villageName.get(villageId) ?? '' },
          order.zone,
        ),
      };
    }),
  );
  const shopOfOrder = new Map(ordered.map((order) => [order.id, order.shopId]));
  await repos.orders.insertEvents(
    commune.orderEvents.flatMap((event) => {
      const shopId = shopOfOrder.get(event.orderId);
      if (shopId === undefined) return [];
      const { kind } = event.actor;
      if (kind === 'seller')
        return [{ ...event, actor: { kind, userId: `seller:${shopId}`, actingForHouseholdId: shopId } }];
      if (kind === 'helper') return [{ ...event, actor: { ...event.actor, actingForHouseholdId: shopId } }];
      return [event];
    }),
  );

  // The best seller: of the households with something in season and on sale on the demo's day (the day after the
  // simulated year, in the morning), the one whose shop sold most (a login with a history to show and produce to
  // sell now); its helper, or any helper.
  const demoDay = new Date(`${addDays(commune.endDate, 1)}T09:00:00+07:00`);
  const sellingNow = new Set(
    listings
      .map(({ listing }) => listing)
      .filter((l) => effectiveStatus(l, demoDay) === 'active' && listingPhase(l, demoDay) === 'in-season')
      .map((l) => l.shopId),
  );
  const ordersOf = new Map<string, number>();
  for (const order of ordered) ordersOf.set(order.shopId, (ordersOf.get(order.shopId) ?? 0) + 1);
  const byOrders = sellers
    .filter((s) => s.householdId && shopName.has(s.householdId))
    .sort((a, b) => (ordersOf.get(b.householdId ?? '') ?? 0) - (ordersOf.get(a.householdId ?? '') ?? 0));
  const best = byOrders.find((s) => sellingNow.has(s.householdId ?? '')) ?? byOrders[0] ?? sellers[0];
  const bestHelperId = (best?.householdId && helperOf.get(best.householdId)) || helpers[0]?.id;
  const bestHelper = helpers.find((h) => h.id === bestHelperId);
  return {
    households: commune.households.length,
    bestSeller: best && {
      userId: best.id,
      phone: best.phone,
      orders: sellingNow.has(best.householdId ?? '') ? (ordersOf.get(best.householdId ?? '') ?? 0) : -1,
    },
    bestSellerHelper: bestHelper && { userId: bestHelper.id, phone: bestHelper.phone },
  };
}
