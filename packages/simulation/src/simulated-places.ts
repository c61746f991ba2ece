import {
  type Address,
  communeAddress,
  type DeliveryZone,
  findVillage,
  VILLAGES,
  type VillageId,
  villageAddress,
} from '@nongsan/domain';

// Where the simulation's people live, in the marketplace's places: the server's demo seed and the live market give a
// simulated buyer an address in the delivery zone the simulation chose, and a simulated household its village.

/** The buyer's address for an order to a shop of `villageId` in `zone` (the server derives the zone from it). */
export function addressForZone(villageId: VillageId, zone: DeliveryZone): Address {
  switch (zone) {
    case 'local':
      return villageAddress(villageId, 'current');
    case 'province':
      // Lạng Sơn, outside the former Bắc Sơn district.
      return communeAddress(BINH_GIA, 'current', 'Khu 1, xã Bình Gia');
    case 'elsewhere':
      return {
        form: 'current',
        province: { code: '01', name: 'Hà Nội', kind: 'thanh_pho' },
        commune: { code: '00004', name: 'Ba Đình', kind: 'phuong' },
        line: 'Số 1 phố Hoàng Diệu',
      };
  }
}

/**
 * The buyer's address for an order to a shop in `shop`'s village (a commune of today, and a village the place data
 * may not name) in `zone`: the shop's own commune when local; another commune of Lạng Sơn outside the former Bắc
 * Sơn district for the province; Hà Nội elsewhere.
 */
export function addressInZone(
  shop: { readonly communeCode: string; readonly villageId: VillageId; readonly villageName: string },
  zone: DeliveryZone,
): Address {
  if (zone === 'local')
    return findVillage(shop.villageId)
      ? villageAddress(shop.villageId, 'current')
      : communeAddress(shop.communeCode, 'current', shop.villageName, shop.villageId);
  if (zone === 'province' && shop.communeCode === BINH_GIA)
    return communeAddress('06172', 'current', 'Thôn 1, xã Hoàng Văn Thụ');
  return addressForZone(shop.villageId, zone);
}

const BINH_GIA = '06112';

/** The server village a simulated household id names (`long-dong/an-ninh-1/h-0001` → `long-dong:an-ninh-1`). */
export function villageOfSimulatedHousehold(householdId: string): VillageId {
  const [commune, village] = householdId.split('/');
  const candidate = `${commune}:${village}`;
  return findVillage(candidate)?.id ?? (VILLAGES[0]?.id as VillageId);
}
