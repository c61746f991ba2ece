import type { NewHousehold, NewUser } from '@nongsan/api';
import { hashPassword, inTransaction, listingSearchText } from '@nongsan/api';
import type { Database } from '@nongsan/db';
import { addDays, effectiveStatus, type Listing, listingPhase } from '@nongsan/domain';
import type { DemoCommune } from '@nongsan/simulation';
import { addressForZone } from '@nongsan/simulation';
import type { Kysely } from 'kysely';

/** The one password of the demo logins printed at start (nobody else gets a password at seeding). */
export const DEMO_PASSWORD = 'nongsan-demo';

/** The demo logins, one per role, as `main` prints them. */
export interface DemoLogins {
  readonly household: string;
  readonly helper: string;
  readonly buyer: string;
  readonly official: string;
  readonly provinceOfficial: string;
}

/** A mobile number made from a prefix and a counter: deterministic, valid, and different per role. */
function demoPhone(prefix: string, index: number): string {
  return `${prefix}${String(index).padStart(7, '0')}`;
}

/**
 * Writes the simulated commune into an empty database in one transaction, in batches: villages, households and
 * their seller logins (for households that have registered), the tech teams as helper logins with their
 * assignments, payment accounts, shops, listings and the buyers. Ids come from the simulation or are derived from
 * them, so the same commune gives the same rows. Then the year's orders with their lines and histories, so the
 * apps open on shops with sales behind them and the commune view has months to show.
 */
export async function seedDemoCommune(db: Kysely<Database>, commune: DemoCommune): Promise<DemoLogins> {
  const demoHash = await hashPassword(DEMO_PASSWORD);
  return inTransaction(db, async (repos) => {
    await repos.villages.ensure(
      commune.villages.map((v) => ({
        id: v.id,
        name: v.name,
        legacyCommuneCode: '06328',
        currentCommuneCode: commune.commune.code,
        invented: v.invented,
      })),
    );
    const villageName = new Map(commune.villages.map((v) => [v.id, v.name]));
    const startedAt = new Date(`${commune.startDate}T00:00:00+07:00`);

    const helperOf = new Map<string, string>();
    const helpers: NewUser[] = [];
    commune.teams.forEach((demoTeam, t) => {
      demoTeam.team.members.forEach((member, m) => {
        helpers.push({
          id: member.id,
          phone: demoPhone('091', t * 100 + m + 1),
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
    const official: NewUser = {
      id: 'official-demo',
      phone: demoPhone('094', 1),
      role: 'official',
      communeCode: commune.commune.code,
      displayName: 'Cán bộ UBND xã Bắc Sơn',
      passwordHash: demoHash,
      createdAt: startedAt,
    };
    const provinceOfficial: NewUser = {
      id: 'province-official-demo',
      phone: demoPhone('094', 2),
      role: 'province_official',
      provinceCode: commune.commune.provinceCode,
      displayName: 'Cán bộ Sở Công Thương Lạng Sơn',
      passwordHash: demoHash,
      createdAt: startedAt,
    };
    await repos.users.insertMany([official, provinceOfficial, ...helpers]);

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
    for (const [householdId, helperId] of helperOf) {
      await repos.households.assignHelper({
        id: `asg:${householdId}`,
        householdId,
        helperId,
        assignedBy: official.id,
        at: startedAt,
      });
    }

    const registered = commune.households.filter(
      (h) => h.adoptionStage !== 'not_reached' && h.adoptionStage !== 'aware',
    );
    const sellers: NewUser[] = registered.map((h, i) => ({
      id: `seller:${h.id}`,
      phone: demoPhone('090', i + 1),
      role: 'seller',
      householdId: h.id,
      displayName: h.members.find((m) => m.hasSmartphone)?.name ?? h.head,
      passwordHash: null,
      createdAt: startedAt,
    }));
    await repos.users.insertMany(sellers);
    for (const h of registered) {
      for (const [i, account] of h.paymentAccounts.entries()) {
        await repos.households.addPaymentAccount({
          id: `pay:${h.id}:${i}`,
          householdId: h.id,
          account,
          isDefault: i === 0,
          createdBy: helperOf.get(h.id) ?? `seller:${h.id}`,
          at: startedAt,
        });
      }
    }

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
      .filter((l: Listing) => shopName.has(l.shopId))
      .map((listing) => ({
        listing: { ...listing, photos: [] },
        searchText: listingSearchText(listing, {
          shopName: shopName.get(listing.shopId) ?? '',
          villageName: villageName.get(byId.get(listing.shopId)?.villageId ?? '') ?? '',
        }),
      }));
    await repos.listings.insertMany(listings);

    const buyers: NewUser[] = commune.buyers.map((b, i) => ({
      id: b.id,
      phone: demoPhone('098', i + 1),
      role: 'buyer',
      displayName: b.name,
      passwordHash: null,
      createdAt: startedAt,
    }));
    const demoBuyer: NewUser = {
      id: 'buyer-demo',
      phone: demoPhone('098', buyers.length + 1),
      role: 'buyer',
      displayName: 'Nguyễn Thị Lan (Hà Nội)',
      passwordHash: demoHash,
      createdAt: startedAt,
    };
    await repos.users.insertMany([...buyers, demoBuyer]);
    const buyerPhone = new Map(buyers.map((b) => [b.id, b.phone]));

    // The year's orders and their histories. A buyer's address is in the zone the simulation chose for the order,
    // and the phone to call is the buyer's own (the demo's buyers order for themselves); a household's steps are
    // recorded as its own login's, a helper's as the helper's for that household.
    const ordered = commune.orders.filter((order) => shopName.has(order.shopId));
    await repos.orders.insertMany(
      ordered.map((order) => ({
        order: { ...order, deliveryPhone: buyerPhone.get(order.buyerId) ?? order.deliveryPhone },
        deliveryAddress: addressForZone(
          byId.get(order.shopId)?.villageId ?? commune.villages[0]?.id ?? '',
          order.zone,
        ),
      })),
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

    // The demo seller: of the households with something in season and on sale on the demo's day (the day after the simulated
    // year, in the morning), the one whose shop sold most (a login with a history to show and produce to sell
    // now); the demo helper: its helper (or any helper).
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
    const demoHousehold =
      byOrders.find((s) => sellingNow.has(s.householdId ?? '')) ?? byOrders[0] ?? sellers[0];
    const demoHelperId =
      (demoHousehold?.householdId && helperOf.get(demoHousehold.householdId)) || helpers[0]?.id || null;
    if (demoHousehold) await repos.users.setPasswordHash(demoHousehold.id, demoHash);
    if (demoHelperId) await repos.users.setPasswordHash(demoHelperId, demoHash);
    const phoneOf = (id: string | null | undefined) =>
      [...sellers, ...helpers].find((u) => u.id === id)?.phone ?? '';
    return {
      household: phoneOf(demoHousehold?.id),
      helper: phoneOf(demoHelperId),
      buyer: demoBuyer.phone,
      official: official.phone,
      provinceOfficial: provinceOfficial.phone,
    };
  });
}
