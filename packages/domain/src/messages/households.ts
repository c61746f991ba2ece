import type { MessageTable } from './table.ts';

/** Households, their payment accounts and shops, adoption stages, tech teams. */
export const householdsMessages = {
  'bank.invalid_bin': {
    vi: 'Mã BIN ngân hàng phải gồm 6 chữ số.',
    en: 'A bank BIN has 6 digits.',
  },
  'bank.unknown_bin': {
    vi: 'Ngân hàng này chưa có trong danh sách. Vui lòng chọn ngân hàng từ danh sách.',
    en: 'This bank is not on the list. Please choose a bank from the list.',
  },
  'payment_account.invalid_number': {
    vi: 'Số tài khoản phải gồm từ 6 đến 19 chữ số.',
    en: 'An account number has 6 to 19 digits.',
  },
  'payment_account.invalid_holder': {
    vi: 'Vui lòng nhập đầy đủ họ tên chủ tài khoản (chỉ gồm chữ cái), đúng như ngân hàng in.',
    en: 'Please enter the account holder’s full name (letters only), as the bank prints it.',
  },
  'household.duplicate_payment_account': {
    vi: 'Tài khoản {account} đã có trong danh sách của hộ.',
    en: 'The account {account} is already on the household’s list.',
  },
  'household.shop_exists': {
    vi: 'Hộ đã có gian hàng “{name}”. Mỗi hộ chỉ mở một gian hàng.',
    en: 'The household already has the shop “{name}”. A household opens one shop.',
  },
  'household.not_registered': {
    vi: 'Hộ cần đăng ký tài khoản trên sàn trước khi mở gian hàng.',
    en: 'The household must register on the marketplace before opening a shop.',
  },
  'household.no_shop': {
    vi: 'Hộ chưa mở gian hàng.',
    en: 'The household has not opened a shop yet.',
  },
  'adoption.illegal_transition': {
    vi: 'Không thể chuyển từ bước “{from}” sang bước “{to}”: mỗi lần chỉ được tiến thêm một bước.',
    en: 'Cannot move from stage “{from}” to “{to}”: a household moves one stage forward at a time.',
  },
  'team.limits_inverted': {
    vi: 'Số thành viên tối đa của tổ phải lớn hơn hoặc bằng số tối thiểu.',
    en: 'A team’s maximum size must be at least its minimum size.',
  },
  'team.too_small': {
    vi: 'Tổ công nghệ cần ít nhất {min} thành viên (hiện có {size}).',
    en: 'A tech team needs at least {min} members (it has {size}).',
  },
  'team.too_big': {
    vi: 'Tổ công nghệ có nhiều nhất {max} thành viên (đang là {size}).',
    en: 'A tech team has at most {max} members (this would be {size}).',
  },
  'team.duplicate_member': {
    vi: 'Thành viên {member} đã có trong tổ.',
    en: 'Member {member} is already in the team.',
  },
  'team.unknown_member': {
    vi: 'Thành viên {member} không thuộc tổ công nghệ này.',
    en: 'Member {member} is not in this tech team.',
  },
  'team.other_village': {
    vi: 'Hộ {household} ở thôn khác ({village}); tổ của thôn {teamVillage} chỉ hỗ trợ các hộ trong thôn.',
    en: 'Household {household} lives in another village ({village}); the {teamVillage} team helps its own village.',
  },
  'team.household_has_helper': {
    vi: 'Hộ {household} đã có người hỗ trợ ({helper}). Vui lòng bỏ phân công cũ trước khi giao cho người khác.',
    en: 'Household {household} already has a helper ({helper}). Remove that assignment before giving it to someone else.',
  },
  'team.member_full': {
    vi: 'Thành viên {member} đã phụ trách đủ {max} hộ.',
    en: 'Member {member} already looks after {max} households.',
  },
} as const satisfies MessageTable;
