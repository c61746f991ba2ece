import type { Message } from '@nongsan/domain';

/** Interface words used only by the buyer app (shared words are in @nongsan/ui's `ui-strings.ts`), Vietnamese first. */
export const buyerStrings = {
  // Shell
  'buyer.nav.calendar': { vi: 'Mùa vụ', en: 'Seasons' },
  'buyer.nav.cart': { vi: 'Giỏ hàng', en: 'Cart' },
  'buyer.nav.cartCount': { vi: 'Giỏ hàng ({count})', en: 'Cart ({count})' },

  // Browsing
  'buyer.list.all': { vi: 'Nông sản', en: 'Produce' },
  'buyer.list.more': { vi: 'Xem thêm', en: 'Show more' },
  'buyer.filter.product': { vi: 'Loại nông sản', en: 'Product' },
  'buyer.filter.anyProduct': { vi: 'Tất cả', en: 'All' },
  'buyer.filter.village': { vi: 'Thôn', en: 'Village' },
  'buyer.filter.anyVillage': { vi: 'Tất cả', en: 'All' },
  'buyer.filter.inSeason': { vi: 'Chỉ hàng đang vào mùa', en: 'In season now only' },
  'buyer.listing.harvest': { vi: 'Thu hoạch {date}', en: 'Harvest {date}' },

  // A listing
  'buyer.listing.quantity': { vi: 'Số lượng ({unit})', en: 'Quantity ({unit})' },
  'buyer.listing.less': { vi: 'Bớt', en: 'Less' },
  'buyer.listing.more': { vi: 'Thêm', en: 'More' },
  'buyer.listing.addToCart': { vi: 'Thêm vào giỏ', en: 'Add to cart' },
  'buyer.listing.added': { vi: 'Đã thêm {quantity} vào giỏ hàng.', en: 'Added {quantity} to the cart.' },
  'buyer.listing.inCart': {
    vi: 'Đã có {quantity} trong giỏ; giới hạn tính cả phần này.',
    en: '{quantity} already in the cart; the limits count it too.',
  },
  'buyer.listing.viewCart': { vi: 'Xem giỏ hàng', en: 'View cart' },
  'buyer.listing.cap': { vi: 'Mỗi người mua tối đa {quantity}', en: 'At most {quantity} per buyer' },
  'buyer.listing.value': { vi: 'Thành tiền: {amount}', en: 'Comes to {amount}' },
  'buyer.listing.preOrder': {
    vi: 'Hàng đặt trước: thu hoạch từ {date}, người bán giao khi có hàng.',
    en: 'Pre-order: harvested from {date}; the seller delivers once it is picked.',
  },
  'buyer.listing.preOrderSoon': {
    vi: 'Hàng đặt trước: người bán giao khi vào mùa thu hoạch.',
    en: 'Pre-order: the seller delivers once the harvest begins.',
  },
  'buyer.listing.notOrderable': { vi: 'Sản phẩm này hiện chưa đặt được.', en: 'This cannot be ordered now.' },
  'buyer.limit.belowMinimum': { vi: 'Cần đặt ít nhất {quantity}.', en: 'Order at least {quantity}.' },
  'buyer.limit.overCap': {
    vi: 'Mỗi người mua chỉ được tối đa {quantity}.',
    en: 'At most {quantity} per buyer.',
  },
  'buyer.limit.overStock': {
    vi: 'Người bán chỉ còn {quantity}.',
    en: 'The seller has only {quantity} left.',
  },

  // Harvest calendar
  'buyer.calendar.title': { vi: 'Lịch mùa vụ', en: 'Harvest calendar' },
  'buyer.calendar.intro': {
    vi: 'Các tháng thu hoạch trong năm. Hôm nay: {date}.',
    en: 'The harvest months of the year. Today: {date}.',
  },
  'buyer.calendar.month': { vi: 'Tháng {month}', en: 'Month {month}' },
  'buyer.calendar.inSeason': { vi: 'Đang vào mùa, bán đến {date}', en: 'In season, sold until {date}' },
  'buyer.calendar.preOrder': { vi: 'Đặt trước, thu hoạch từ {date}', en: 'Pre-order, harvest from {date}' },
  'buyer.calendar.offSeason': {
    vi: 'Mùa tới: đặt trước từ {date}',
    en: 'Next season: pre-order from {date}',
  },
  'buyer.calendar.find': { vi: 'Xem hàng', en: 'See listings' },

  // Cart
  'buyer.cart.title': { vi: 'Giỏ hàng', en: 'Cart' },
  'buyer.cart.empty': { vi: 'Giỏ hàng đang trống.', en: 'Your cart is empty.' },
  'buyer.cart.browse': { vi: 'Xem nông sản đang vào mùa', en: 'See what is in season' },
  'buyer.cart.perShop': {
    vi: 'Mỗi gian hàng là một đơn riêng: người bán xác nhận và gửi hàng riêng.',
    en: 'Each shop is a separate order: each seller confirms and sends it.',
  },
  'buyer.cart.order': { vi: 'Đơn {n} · {shop}', en: 'Order {n} · {shop}' },
  'buyer.cart.remove': { vi: 'Xóa', en: 'Remove' },
  'buyer.cart.estimate': {
    vi: 'Phí giao hàng tính cho địa chỉ ở xã Bắc Sơn; bước đặt hàng tính lại theo địa chỉ của bạn.',
    en: 'Delivery is priced for an address in Bắc Sơn commune; checkout prices it for your address.',
  },
  'buyer.cart.checkout': { vi: 'Tiếp tục đặt hàng', en: 'Continue to checkout' },
  'buyer.cart.fixFirst': {
    vi: 'Hãy sửa số lượng được đánh dấu đỏ trước khi đặt hàng.',
    en: 'Fix the quantities marked in red before ordering.',
  },
  'buyer.totals.goods': { vi: 'Tiền hàng', en: 'Goods' },
  'buyer.totals.delivery': { vi: 'Phí giao hàng', en: 'Delivery' },
  'buyer.totals.free': { vi: 'Miễn phí', en: 'Free' },
  'buyer.totals.orderTotal': { vi: 'Tổng đơn', en: 'Order total' },
  'buyer.totals.total': { vi: 'Tổng cộng ({count} đơn)', en: 'Total ({count} orders)' },
  'buyer.zone.local': { vi: 'giao trong khu vực Bắc Sơn', en: 'delivery within Bắc Sơn' },
  'buyer.zone.province': { vi: 'giao trong tỉnh Lạng Sơn', en: 'delivery within Lạng Sơn' },
  'buyer.zone.elsewhere': { vi: 'giao ngoài tỉnh', en: 'delivery outside the province' },

  // Checkout
  'buyer.checkout.title': { vi: 'Đặt hàng', en: 'Checkout' },
  'buyer.checkout.account': { vi: '1. Tài khoản', en: '1. Your account' },
  'buyer.checkout.signedInAs': {
    vi: 'Đặt hàng với tài khoản {name} · {phone}',
    en: 'Ordering as {name} · {phone}',
  },
  'buyer.checkout.otherAccount': { vi: 'Dùng tài khoản khác', en: 'Use another account' },
  'buyer.checkout.notBuyer': {
    vi: 'Đây là tài khoản người bán. Hãy đăng xuất rồi dùng tài khoản người mua để đặt hàng.',
    en: 'This is a seller account. Sign out and use a buyer account to order.',
  },
  'buyer.checkout.address': { vi: '2. Địa chỉ giao hàng', en: '2. Delivery address' },
  'buyer.checkout.payment': { vi: '3. Thanh toán', en: '3. Payment' },
  'buyer.checkout.review': { vi: '4. Kiểm tra đơn', en: '4. Review' },
  'buyer.checkout.note': {
    vi: 'Lời nhắn cho người bán (không bắt buộc)',
    en: 'Note for the sellers (optional)',
  },
  'buyer.checkout.place': { vi: 'Đặt hàng', en: 'Place order' },
  'buyer.checkout.placing': { vi: 'Đang đặt hàng…', en: 'Placing the order…' },
  'buyer.checkout.retrying': {
    vi: 'Mạng chập chờn, đang gửi lại đơn (không đặt trùng)…',
    en: 'The connection dropped; sending the order again (it will not be placed twice)…',
  },
  'buyer.checkout.accountFirst': {
    vi: 'Hãy tạo tài khoản hoặc đăng nhập ở bước 1.',
    en: 'Sign up or sign in at step 1 first.',
  },
  'buyer.account.signUp': { vi: 'Tài khoản mới', en: 'New account' },
  'buyer.account.signIn': { vi: 'Đã có tài khoản', en: 'I have an account' },
  'buyer.account.name': { vi: 'Họ và tên', en: 'Your name' },
  'buyer.account.passwordHint': { vi: 'Ít nhất 8 ký tự.', en: 'At least 8 characters.' },
  'buyer.account.create': { vi: 'Tạo tài khoản', en: 'Create account' },
  'buyer.address.province': { vi: 'Tỉnh / thành phố', en: 'Province / city' },
  'buyer.address.commune': { vi: 'Xã / phường', en: 'Commune / ward' },
  'buyer.address.village': { vi: 'Thôn', en: 'Village' },
  'buyer.address.otherPlace': { vi: 'Khác: ghi số nhà, đường', en: 'Other: house number and street' },
  'buyer.address.line': { vi: 'Số nhà, đường, tổ', en: 'House number, street' },
  'buyer.address.phone': { vi: 'Số điện thoại nhận hàng', en: 'Phone to call on delivery' },
  'buyer.payment.cash_on_delivery': { vi: 'Tiền mặt khi nhận hàng', en: 'Cash on delivery' },
  'buyer.payment.e_wallet': { vi: 'Ví điện tử (Viettel Money…)', en: 'E-wallet (Viettel Money…)' },
  'buyer.payment.bank_transfer': {
    vi: 'Chuyển khoản ngân hàng (mã VietQR)',
    en: 'Bank transfer (VietQR code)',
  },

  // Orders
  'buyer.orders.title': { vi: 'Đơn hàng của tôi', en: 'My orders' },
  'buyer.orders.none': { vi: 'Bạn chưa có đơn hàng nào.', en: 'You have no orders yet.' },
  'buyer.orders.signIn': { vi: 'Đăng nhập để xem đơn hàng của bạn.', en: 'Sign in to see your orders.' },
  'buyer.orders.placed': {
    vi: 'Đã đặt {count} đơn hàng. Người bán xác nhận trong vòng 24 giờ.',
    en: '{count} orders placed. The sellers confirm within 24 hours.',
  },
  'buyer.order.title': { vi: 'Đơn {reference}', en: 'Order {reference}' },
  'buyer.order.status.placed': { vi: 'Chờ người bán xác nhận', en: 'Waiting for the seller' },
  'buyer.order.status.confirmed': { vi: 'Người bán đã xác nhận', en: 'Confirmed by the seller' },
  'buyer.order.status.handed_over': { vi: 'Đã giao cho bưu điện', en: 'With the post' },
  'buyer.order.status.delivered': { vi: 'Đã giao hàng', en: 'Delivered' },
  'buyer.order.status.completed': { vi: 'Hoàn tất', en: 'Completed' },
  'buyer.order.status.cancelled': { vi: 'Đã hủy', en: 'Cancelled' },
  'buyer.order.status.delivery_failed': { vi: 'Giao không thành công', en: 'Delivery failed' },
  'buyer.timeline.placed': { vi: 'Đặt hàng', en: 'Placed' },
  'buyer.timeline.confirmed': { vi: 'Người bán xác nhận', en: 'Confirmed by the seller' },
  'buyer.timeline.handed_over': { vi: 'Giao cho bưu điện', en: 'Handed to the post' },
  'buyer.timeline.tracking': { vi: 'Mã vận đơn: {code}', en: 'Tracking code: {code}' },
  'buyer.timeline.delivered': { vi: 'Đã nhận hàng', en: 'Delivered' },
  'buyer.timeline.cancelled': { vi: 'Đơn đã hủy', en: 'Order cancelled' },
  'buyer.timeline.delivery_failed': { vi: 'Giao không thành công', en: 'Delivery failed' },
  'buyer.timeline.label': { vi: 'Tiến trình đơn hàng', en: 'Order progress' },
  'buyer.order.confirmBy': {
    vi: 'Nếu người bán không xác nhận trước {time}, đơn tự hủy.',
    en: 'If the seller does not confirm by {time}, the order is cancelled.',
  },
  'buyer.order.deliverTo': { vi: 'Giao đến: {address}', en: 'Deliver to: {address}' },
  'buyer.order.callOnDelivery': { vi: 'SĐT nhận hàng: {phone}', en: 'Phone on delivery: {phone}' },
  'buyer.order.payment': { vi: 'Thanh toán: {method}', en: 'Payment: {method}' },
  'buyer.order.paid': { vi: 'Đã thanh toán {amount}', en: 'Paid {amount}' },
  'buyer.order.unpaid': { vi: 'Chưa thanh toán', en: 'Not paid yet' },
  'buyer.order.weighed': {
    vi: 'Cân thực tế {packed} (đặt {ordered})',
    en: 'Weighed {packed} (ordered {ordered})',
  },
  'buyer.order.newTotal': { vi: 'Tổng mới sau khi cân: {amount}', en: 'New total after weighing: {amount}' },
  'buyer.order.refund': { vi: 'Người bán trả lại bạn {amount}.', en: 'The seller owes you {amount}.' },
  'buyer.order.owe': { vi: 'Bạn cần trả thêm {amount}.', en: 'You owe {amount} more.' },
  'buyer.order.cancel': { vi: 'Hủy đơn', en: 'Cancel order' },
  'buyer.order.cancelAsk': { vi: 'Bạn chắc chắn muốn hủy đơn này?', en: 'Cancel this order?' },
  'buyer.order.cancelYes': { vi: 'Có, hủy đơn', en: 'Yes, cancel it' },
  'buyer.order.cancelNo': { vi: 'Không', en: 'No' },
  'buyer.order.view': { vi: 'Xem đơn', en: 'View order' },
  'buyer.qr.title': { vi: 'Quét mã VietQR để chuyển khoản', en: 'Scan the VietQR code to pay' },
  'buyer.qr.alt': {
    vi: 'Mã VietQR chuyển {amount} cho đơn {reference}',
    en: 'VietQR code: {amount} for order {reference}',
  },
  'buyer.qr.amount': { vi: 'Số tiền: {amount}', en: 'Amount: {amount}' },
  'buyer.qr.reference': { vi: 'Nội dung chuyển khoản: {purpose}', en: 'Transfer reference: {purpose}' },
  'buyer.qr.account': {
    vi: 'Tài khoản {bank}: {account} · {holder}',
    en: '{bank} account: {account} · {holder}',
  },
  'buyer.qr.after': {
    vi: 'Đơn sẽ hiện “Đã thanh toán” khi người bán nhận được tiền.',
    en: 'The order shows “Paid” once the seller has received the money.',
  },
} as const satisfies Record<string, Message>;
