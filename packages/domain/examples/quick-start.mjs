// A buyer in the district orders 3 kg of dragon fruit from a Long Đống household and pays by VietQR.
// Run it against the built package: `node examples/quick-start.mjs` (after `pnpm --filter @nongsan/domain build`).
import {
  applyOrderAction,
  changeListingStatus,
  createListing,
  deliveryZoneFor,
  formatMessage,
  formatVnd,
  getProduct,
  isDomainError,
  isInSeason,
  matchesSearch,
  parsePhone,
  parseVietQr,
  placeOrders,
  vietQrForOrder,
} from '@nongsan/domain';

const now = new Date('2026-09-15T02:00:00Z'); // 09:00 in Vietnam, inside the dragon-fruit season
const seller = { kind: 'seller', userId: 'u-hoa', householdId: 'hh-an-ninh-1-07' };
const buyer = { kind: 'buyer', userId: 'u-lan' };

console.log('In season:', isInSeason(getProduct('dragon-fruit'), now));
console.log('Phone:', parsePhone('+84 912 345 678'));

// The seller lists 50 kg at 28.000 ₫/kg (quantities are grams) and puts it on sale.
const draft = createListing(
  {
    productId: 'dragon-fruit',
    title: 'Thanh long ruột đỏ Long Đống',
    unitPrice: 28_000,
    stock: 50_000,
    minOrder: 1_000,
  },
  { id: 'l-1', shopId: seller.householdId, actor: seller, now },
);
const listing = changeListingStatus(draft, 'publish', seller, now);
console.log('Search "thanh long":', matchesSearch('thanh long', listing.title));

// A price typed with one zero too many is a warning the seller must confirm, in Vietnamese first.
try {
  createListing(
    { productId: 'dragon-fruit', title: 'Thanh long', unitPrice: 280_000, stock: 50_000, minOrder: 1_000 },
    { id: 'l-2', shopId: seller.householdId, actor: seller, now },
  );
} catch (error) {
  if (!isDomainError(error)) throw error;
  console.log('Warning:', formatMessage(error.code, error.params, 'vi'));
}

// The buyer orders 3 kg; the domain decides the order, its totals and the stock to reserve.
let n = 0;
const placement = placeOrders(
  {
    lines: [{ listingId: listing.id, quantity: 3_000 }],
    paymentMethod: 'bank_transfer',
    deliveryPhone: '0912 345 678', // the phone to call on delivery, normalised to '0912345678'
  },
  {
    buyerId: buyer.userId,
    listings: new Map([[listing.id, listing]]),
    zoneOf: () => deliveryZoneFor('06325', '06325'), // both in xã Bắc Sơn: local delivery
    newId: () => `id-${++n}`,
    now,
  },
);
const [order] = placement.orders;
console.log('Total:', formatVnd(order.totals.total), '— stock change:', placement.stockChanges[0].delta, 'g');

// The seller confirms; the buyer pays by scanning a VietQR code to the seller's bank account.
const { order: confirmed } = applyOrderAction(order, { type: 'confirm' }, seller, now);
const payload = vietQrForOrder(confirmed, { bin: '970436', accountNumber: '0011004123456' });
const qr = parseVietQr(payload);
console.log('Status:', confirmed.status, '— VietQR amount:', qr.amount, '— purpose:', qr.purpose);
