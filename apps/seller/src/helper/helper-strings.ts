import type { Message } from '@nongsan/domain';

/** Interface words of the seller app's helper mode (tech team) and commune view (officials), Vietnamese first. */
export const helperCommuneStrings = {
  // Helper mode: my households
  'helper.households': { vi: 'Các hộ tôi hỗ trợ', en: 'My households' },
  'helper.householdsCount': { vi: '{count} hộ', en: '{count} households' },
  'helper.noHouseholds': {
    vi: 'Bạn chưa được giao hộ nào. Hãy đăng ký hộ mới.',
    en: 'No households are assigned to you yet. Register a new one.',
  },
  'helper.register': { vi: 'Đăng ký hộ mới', en: 'Register a household' },
  'helper.stage': { vi: 'Giai đoạn: {stage}', en: 'Stage: {stage}' },
  'helper.lead': { vi: 'Hộ tiên phong', en: 'Lead household' },
  'helper.openHousehold': { vi: 'Xem hộ {name}', en: 'Open household {name}' },
  'helper.waiting': { vi: 'Việc cần làm', en: 'Waiting' },
  'helper.waiting.none': { vi: 'Không có việc gì đang chờ', en: 'Nothing waiting' },
  'helper.waiting.newOrders': { vi: '{count} đơn mới cần xác nhận', en: '{count} new orders to confirm' },
  'helper.waiting.noShop': { vi: 'Chưa mở gian hàng', en: 'No shop yet' },
  'helper.waiting.noPayment': { vi: 'Chưa có tài khoản nhận tiền', en: 'No payment account' },
  'helper.waiting.noListing': { vi: 'Chưa đăng sản phẩm', en: 'No listing yet' },

  // Helper mode: register a household
  'helper.register.intro': {
    vi: 'Tạo tài khoản cho hộ trong thôn của bạn. Hộ dùng số điện thoại và mật khẩu này để đăng nhập.',
    en: 'Create an account for a household of your village. The household signs in with this phone and password.',
  },
  'helper.register.head': { vi: 'Tên chủ hộ', en: 'Head of household' },
  'helper.register.phone': { vi: 'Số điện thoại của hộ', en: "Household's phone number" },
  'helper.register.password': { vi: 'Mật khẩu đầu tiên', en: 'First password' },
  'helper.register.passwordHint': {
    vi: 'Ít nhất 8 ký tự. Đọc cho hộ ghi lại.',
    en: 'At least 8 characters. Read it out for the household to note down.',
  },
  'helper.register.isLead': { vi: 'Hộ tiên phong của thôn', en: 'A lead household of the village' },
  'helper.register.submit': { vi: 'Đăng ký hộ', en: 'Register household' },
  'helper.register.done': { vi: 'Đã đăng ký hộ {name}.', en: 'Registered household {name}.' },

  // Helper mode: one household
  'helper.household.shop': { vi: 'Gian hàng: {name}', en: 'Shop: {name}' },
  'helper.household.noShop': { vi: 'Hộ chưa có gian hàng.', en: 'The household has no shop yet.' },
  'helper.household.openShop': { vi: 'Mở gian hàng cho hộ', en: 'Open a shop for the household' },
  // A shop's name is what buyers read in Vietnamese, so the suggestion is Vietnamese in both languages.
  'helper.household.suggestedShopName': { vi: 'Vườn nhà {name}', en: 'Vườn nhà {name}' },
  'helper.household.newListing': { vi: 'Đăng sản phẩm cho hộ', en: 'Create a listing for the household' },
  'helper.household.notFound': {
    vi: 'Không tìm thấy hộ này trong danh sách của bạn.',
    en: 'This household is not in your list.',
  },
  'helper.household.orders': {
    vi: 'Mở đơn hàng của hộ (xác nhận, giao hàng)',
    en: "Open the household's orders (confirm, hand over)",
  },
  'helper.household.listings': {
    vi: 'Quản lý sản phẩm của hộ (sửa, tạm dừng)',
    en: "Manage the household's listings (edit, pause)",
  },
  'helper.household.back': { vi: 'Về danh sách hộ', en: 'Back to my households' },
  'helper.reset.title': { vi: 'Đặt lại mật khẩu cho hộ', en: "Reset the household's password" },
  'helper.reset.newPassword': { vi: 'Mật khẩu mới', en: 'New password' },
  'helper.reset.submit': { vi: 'Đặt lại mật khẩu', en: 'Reset password' },
  'helper.reset.done': {
    vi: 'Đã đặt mật khẩu mới. Hộ đăng nhập bằng mật khẩu này.',
    en: 'The new password is set. The household signs in with it.',
  },
  'helper.activity': { vi: 'Nhật ký hoạt động', en: 'Activity log' },
  'helper.activity.none': { vi: 'Chưa có hoạt động nào.', en: 'No activity yet.' },
  'helper.activity.by': { vi: '{name} ({role})', en: '{name} ({role})' },
  'activity.auth.register': { vi: 'Tạo tài khoản', en: 'Created an account' },
  'activity.household.register': { vi: 'Đăng ký hộ', en: 'Registered the household' },
  'activity.household.reset_password': { vi: 'Đặt lại mật khẩu', en: 'Reset the password' },
  'activity.household.add_payment_account': { vi: 'Thêm tài khoản nhận tiền', en: 'Added a payment account' },
  'activity.household.assign_helper': { vi: 'Giao cho tổ công nghệ', en: 'Assigned a helper' },
  'activity.shop.open': { vi: 'Mở gian hàng', en: 'Opened the shop' },
  'activity.shop.update': { vi: 'Sửa gian hàng', en: 'Changed the shop' },
  'activity.listing.create': { vi: 'Đăng sản phẩm: {title}', en: 'Listed: {title}' },
  'activity.listing.update': { vi: 'Sửa sản phẩm: {title}', en: 'Changed the listing: {title}' },
  'activity.listing.publish': { vi: 'Mở bán: {title}', en: 'Put on sale: {title}' },
  'activity.listing.pause': { vi: 'Tạm dừng bán: {title}', en: 'Paused: {title}' },
  'activity.listing.resume': { vi: 'Bán lại: {title}', en: 'Back on sale: {title}' },
  'activity.listing.mark_sold_out': { vi: 'Báo hết hàng: {title}', en: 'Marked sold out: {title}' },
  'activity.listing.end': { vi: 'Ngừng bán hẳn: {title}', en: 'Ended: {title}' },
  'activity.listing.set_stock': { vi: 'Sửa số còn: {title}', en: 'Changed the stock: {title}' },
  'activity.listing.set_status': {
    vi: 'Đổi trạng thái bán: {title}',
    en: 'Changed whether it sells: {title}',
  },
  /** A listing named in an old entry that did not keep its title. */
  'activity.listing.unnamed': { vi: 'một sản phẩm', en: 'a listing' },
  'activity.bank.settle_transfer': { vi: 'Xử lý một khoản chuyển khoản', en: 'Settled a transfer' },
  'activity.bank.link_feed': {
    vi: 'Liên kết tài khoản với dịch vụ báo giao dịch',
    en: 'Linked an account to the bank notifications',
  },
  'activity.bank.unlink_feed': {
    vi: 'Bỏ liên kết tài khoản với dịch vụ báo giao dịch',
    en: 'Unlinked an account from the bank notifications',
  },
  'activity.review.answer': {
    vi: 'Trả lời đánh giá đơn {reference}',
    en: 'Answered the review of order {reference}',
  },
  'activity.review.hide': { vi: 'Ẩn đánh giá đơn {reference}', en: 'Hid the review of order {reference}' },
  'activity.complaint.accept': {
    vi: 'Nhận khiếu nại đơn {reference}, hoàn tiền',
    en: 'Accepted the complaint about order {reference} with a refund',
  },
  'activity.complaint.decline': {
    vi: 'Từ chối khiếu nại đơn {reference}',
    en: 'Declined the complaint about order {reference}',
  },
  'activity.complaint.refund_paid': {
    vi: 'Đã hoàn tiền đơn {reference}',
    en: 'Paid the refund of order {reference}',
  },
  'activity.order.place': { vi: 'Có đơn hàng {reference}', en: 'Order {reference} was placed' },
  'activity.order.confirm': { vi: 'Xác nhận đơn {reference}', en: 'Confirmed order {reference}' },
  'activity.order.adjust_weight': { vi: 'Cân lại đơn {reference}', en: 'Weighed order {reference}' },
  'activity.order.hand_over': {
    vi: 'Giao đơn {reference} cho bưu điện',
    en: 'Handed order {reference} to the post',
  },
  'activity.order.deliver': {
    vi: 'Ghi đơn {reference} đã giao tới người mua',
    en: 'Recorded order {reference} as delivered',
  },
  'activity.order.fail_delivery': {
    vi: 'Ghi đơn {reference} giao không thành công',
    en: 'Recorded order {reference} as not delivered',
  },
  'activity.order.cancel': { vi: 'Hủy đơn {reference}', en: 'Cancelled order {reference}' },
  'activity.order.record_payment': {
    vi: 'Ghi đã nhận tiền đơn {reference}',
    en: 'Recorded the payment of order {reference}',
  },
  'activity.admin.appoint': { vi: 'Bổ nhiệm', en: 'Appointed' },
  'activity.other': { vi: 'Thao tác khác', en: 'Another change' },

  // Commune view
  'commune.title': { vi: 'Toàn xã', en: 'The commune' },
  'province.title': { vi: 'Toàn tỉnh', en: 'The province' },
  'province.communes': { vi: 'Các xã, phường', en: 'Communes and wards' },
  'province.communeTitle': { vi: 'Xã {name}', en: '{name} commune' },
  'province.formerNames': { vi: 'Trước 7/2025: {names}', en: 'Before July 2025: {names}' },
  'province.openCommune': { vi: 'Xem xã {name}', en: 'Open {name} commune' },
  'province.summary': {
    vi: '{shops} trên {households} hộ có gian hàng số ({share}; mục tiêu {target}); {onTarget} trên {communes} xã đạt mục tiêu.',
    en: '{shops} of {households} households have a digital shop ({share}; target {target}); {onTarget} of {communes} communes are on target.',
  },
  'province.commune': { vi: 'Xã, phường', en: 'Commune' },
  'province.ordersYear': { vi: 'Đơn 12 tháng', en: 'Orders, 12 months' },
  'province.idle': { vi: 'Ngừng bán sau vụ', en: 'Idle after harvest' },
  'province.idleSummary': {
    vi: '{count} xã đã bán trong năm nhưng không có đơn 2 tháng gần đây.',
    en: '{count} communes sold this year but had no order in the last 2 months.',
  },
  'province.months': {
    vi: 'Đơn hàng và doanh thu toàn tỉnh theo tháng',
    en: 'Orders and revenue in the province by month',
  },
  'province.asOf': { vi: 'Số liệu tính lúc {time}', en: 'Figures counted at {time}' },
  'province.notCounted': {
    vi: 'Số liệu đang được tính, vui lòng xem lại sau ít phút.',
    en: 'The figures are being counted; please look again in a minute.',
  },
  'commune.adoption': { vi: 'Hộ có gian hàng, theo thôn', en: 'Households with a shop, by village' },
  'commune.adoptionSummary': {
    vi: 'Cả xã: {shops}/{households} hộ ({share}). Mục tiêu {target}. {onTarget}/{villages} thôn đạt.',
    en: 'Commune: {shops}/{households} households ({share}). Target {target}. {onTarget}/{villages} villages on target.',
  },
  'commune.target': { vi: 'Mục tiêu {target}', en: 'Target {target}' },
  'commune.village': { vi: 'Thôn', en: 'Village' },
  'commune.shops': { vi: 'Gian hàng', en: 'Shops' },
  'commune.share': { vi: 'Tỷ lệ', en: 'Share' },
  'commune.onTarget': { vi: 'Đạt', en: 'On target' },
  'commune.belowTarget': { vi: 'Chưa đạt', en: 'Below target' },
  'commune.sales': { vi: 'Đơn hàng và doanh thu theo tháng', en: 'Orders and revenue by month' },
  'commune.salesUnit': {
    vi: 'Doanh thu mỗi tháng, triệu đồng',
    en: 'Revenue per month, million đồng',
  },
  'commune.openVillage': { vi: 'Xem từng thôn', en: 'Each village' },
  'commune.openVillageLink': {
    vi: '{name}: {shops}/{households} hộ có gian hàng',
    en: '{name}: {shops}/{households} households with a shop',
  },
  'commune.villageTitle': { vi: 'Thôn {name}', en: '{name} village' },
  'commune.stages': { vi: 'Các hộ theo giai đoạn', en: 'Households by stage' },
  'commune.stage': { vi: 'Giai đoạn', en: 'Stage' },
  'commune.householdsCount': { vi: 'Số hộ', en: 'Households' },
  'commune.villageHouseholds': { vi: 'Các hộ của thôn ({count})', en: 'The village’s households ({count})' },
  'commune.rangeFrom': { vi: 'Từ tháng', en: 'From month' },
  'commune.rangeTo': { vi: 'Đến tháng', en: 'To month' },
  'commune.month': { vi: 'Tháng', en: 'Month' },
  'commune.orders': { vi: 'Đơn', en: 'Orders' },
  'commune.revenue': { vi: 'Doanh thu', en: 'Revenue' },
  'commune.noSales': { vi: 'Chưa có đơn hàng nào.', en: 'No orders yet.' },
  'commune.showTable': { vi: 'Xem bảng số liệu', en: 'Show the figures as a table' },
} as const satisfies Record<string, Message>;
