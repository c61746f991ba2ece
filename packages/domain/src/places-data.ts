import type { Commune, District, Province, Village } from './place-kinds.ts';

/*
 * Place data. Codes are the national statistics codes (mã đơn vị hành chính): two digits for a province, five for
 * a commune. Two forms coexist: `legacy`, the three-level system in force until 30 June 2025 (province / district /
 * commune), which the 2021 scenario uses, and `current`, the two-level system since 1 July 2025 (province / commune).
 *
 * Sources: legacy commune codes from the General Statistics Office list as reproduced in ltv/vn-address (state after
 * Resolution 818/NQ-UBTVQH14, 2020); current codes from the Statistics Office's letter 1027/CTK-CSCL of 25 June 2025
 * as reproduced in public repositories; the 2025 mergers from Resolution 1672/NQ-UBTVQH15 (16 June 2025) on Lạng Sơn's
 * communes. A new commune reuses the code of one of the units it was formed from, so the same five digits can name
 * one commune before the reform and another after it (06325 was thị trấn Bắc Sơn and is now xã Bắc Sơn): a code is
 * only meaningful together with its form.
 */

/** Lạng Sơn: province code 20 before and after the reform (the province was not merged). */
export const LANG_SON_PROVINCE_CODE = '20';

/**
 * Provinces. `forms` says in which system the (code, name) pair is valid: the 26 provinces that kept their name and
 * code appear once with both forms; a code taken over by a merged province (24 was Bắc Giang, is now Bắc Ninh)
 * appears once per form. Current codes follow letter 1027/CTK-CSCL (the merged province keeps the code of the
 * province that hosts its seat).
 */
export const PROVINCES: readonly Province[] = [
  { code: '01', name: 'Hà Nội', kind: 'thanh_pho', forms: ['legacy', 'current'] },
  { code: '02', name: 'Hà Giang', kind: 'tinh', forms: ['legacy'] },
  { code: '04', name: 'Cao Bằng', kind: 'tinh', forms: ['legacy', 'current'] },
  { code: '06', name: 'Bắc Kạn', kind: 'tinh', forms: ['legacy'] },
  { code: '08', name: 'Tuyên Quang', kind: 'tinh', forms: ['legacy', 'current'] },
  { code: '10', name: 'Lào Cai', kind: 'tinh', forms: ['legacy'] },
  { code: '11', name: 'Điện Biên', kind: 'tinh', forms: ['legacy', 'current'] },
  { code: '12', name: 'Lai Châu', kind: 'tinh', forms: ['legacy', 'current'] },
  { code: '14', name: 'Sơn La', kind: 'tinh', forms: ['legacy', 'current'] },
  { code: '15', name: 'Yên Bái', kind: 'tinh', forms: ['legacy'] },
  { code: '15', name: 'Lào Cai', kind: 'tinh', forms: ['current'] },
  { code: '17', name: 'Hòa Bình', kind: 'tinh', forms: ['legacy'] },
  { code: '19', name: 'Thái Nguyên', kind: 'tinh', forms: ['legacy', 'current'] },
  { code: '20', name: 'Lạng Sơn', kind: 'tinh', forms: ['legacy', 'current'] },
  { code: '22', name: 'Quảng Ninh', kind: 'tinh', forms: ['legacy', 'current'] },
  { code: '24', name: 'Bắc Giang', kind: 'tinh', forms: ['legacy'] },
  { code: '24', name: 'Bắc Ninh', kind: 'tinh', forms: ['current'] },
  { code: '25', name: 'Phú Thọ', kind: 'tinh', forms: ['legacy', 'current'] },
  { code: '26', name: 'Vĩnh Phúc', kind: 'tinh', forms: ['legacy'] },
  { code: '27', name: 'Bắc Ninh', kind: 'tinh', forms: ['legacy'] },
  { code: '30', name: 'Hải Dương', kind: 'tinh', forms: ['legacy'] },
  { code: '31', name: 'Hải Phòng', kind: 'thanh_pho', forms: ['legacy', 'current'] },
  { code: '33', name: 'Hưng Yên', kind: 'tinh', forms: ['legacy', 'current'] },
  { code: '34', name: 'Thái Bình', kind: 'tinh', forms: ['legacy'] },
  { code: '35', name: 'Hà Nam', kind: 'tinh', forms: ['legacy'] },
  { code: '36', name: 'Nam Định', kind: 'tinh', forms: ['legacy'] },
  { code: '37', name: 'Ninh Bình', kind: 'tinh', forms: ['legacy', 'current'] },
  { code: '38', name: 'Thanh Hóa', kind: 'tinh', forms: ['legacy', 'current'] },
  { code: '40', name: 'Nghệ An', kind: 'tinh', forms: ['legacy', 'current'] },
  { code: '42', name: 'Hà Tĩnh', kind: 'tinh', forms: ['legacy', 'current'] },
  { code: '44', name: 'Quảng Bình', kind: 'tinh', forms: ['legacy'] },
  { code: '44', name: 'Quảng Trị', kind: 'tinh', forms: ['current'] },
  { code: '45', name: 'Quảng Trị', kind: 'tinh', forms: ['legacy'] },
  { code: '46', name: 'Thừa Thiên Huế', kind: 'tinh', forms: ['legacy'] },
  { code: '46', name: 'Huế', kind: 'thanh_pho', forms: ['current'] },
  { code: '48', name: 'Đà Nẵng', kind: 'thanh_pho', forms: ['legacy', 'current'] },
  { code: '49', name: 'Quảng Nam', kind: 'tinh', forms: ['legacy'] },
  { code: '51', name: 'Quảng Ngãi', kind: 'tinh', forms: ['legacy', 'current'] },
  { code: '52', name: 'Bình Định', kind: 'tinh', forms: ['legacy'] },
  { code: '52', name: 'Gia Lai', kind: 'tinh', forms: ['current'] },
  { code: '54', name: 'Phú Yên', kind: 'tinh', forms: ['legacy'] },
  { code: '56', name: 'Khánh Hòa', kind: 'tinh', forms: ['legacy', 'current'] },
  { code: '58', name: 'Ninh Thuận', kind: 'tinh', forms: ['legacy'] },
  { code: '60', name: 'Bình Thuận', kind: 'tinh', forms: ['legacy'] },
  { code: '62', name: 'Kon Tum', kind: 'tinh', forms: ['legacy'] },
  { code: '64', name: 'Gia Lai', kind: 'tinh', forms: ['legacy'] },
  { code: '66', name: 'Đắk Lắk', kind: 'tinh', forms: ['legacy', 'current'] },
  { code: '67', name: 'Đắk Nông', kind: 'tinh', forms: ['legacy'] },
  { code: '68', name: 'Lâm Đồng', kind: 'tinh', forms: ['legacy', 'current'] },
  { code: '70', name: 'Bình Phước', kind: 'tinh', forms: ['legacy'] },
  { code: '72', name: 'Tây Ninh', kind: 'tinh', forms: ['legacy'] },
  { code: '74', name: 'Bình Dương', kind: 'tinh', forms: ['legacy'] },
  { code: '75', name: 'Đồng Nai', kind: 'tinh', forms: ['legacy', 'current'] },
  { code: '77', name: 'Bà Rịa – Vũng Tàu', kind: 'tinh', forms: ['legacy'] },
  { code: '79', name: 'Hồ Chí Minh', kind: 'thanh_pho', forms: ['legacy', 'current'] },
  { code: '80', name: 'Long An', kind: 'tinh', forms: ['legacy'] },
  { code: '80', name: 'Tây Ninh', kind: 'tinh', forms: ['current'] },
  { code: '82', name: 'Tiền Giang', kind: 'tinh', forms: ['legacy'] },
  { code: '82', name: 'Đồng Tháp', kind: 'tinh', forms: ['current'] },
  { code: '83', name: 'Bến Tre', kind: 'tinh', forms: ['legacy'] },
  { code: '84', name: 'Trà Vinh', kind: 'tinh', forms: ['legacy'] },
  { code: '86', name: 'Vĩnh Long', kind: 'tinh', forms: ['legacy', 'current'] },
  { code: '87', name: 'Đồng Tháp', kind: 'tinh', forms: ['legacy'] },
  { code: '89', name: 'An Giang', kind: 'tinh', forms: ['legacy'] },
  { code: '91', name: 'Kiên Giang', kind: 'tinh', forms: ['legacy'] },
  { code: '91', name: 'An Giang', kind: 'tinh', forms: ['current'] },
  { code: '92', name: 'Cần Thơ', kind: 'thanh_pho', forms: ['legacy', 'current'] },
  { code: '93', name: 'Hậu Giang', kind: 'tinh', forms: ['legacy'] },
  { code: '94', name: 'Sóc Trăng', kind: 'tinh', forms: ['legacy'] },
  { code: '95', name: 'Bạc Liêu', kind: 'tinh', forms: ['legacy'] },
  { code: '96', name: 'Cà Mau', kind: 'tinh', forms: ['legacy', 'current'] },
];

/** The former Bắc Sơn district (huyện Bắc Sơn, district code 185), dissolved on 1 July 2025 with all districts. */
export const BAC_SON_DISTRICT: District = { code: '185', name: 'Bắc Sơn', kind: 'huyen' };

const legacyBacSon = (code: string, name: string, kind: Commune['kind'] = 'xa'): Commune => ({
  code,
  name,
  kind,
  provinceCode: LANG_SON_PROVINCE_CODE,
  form: 'legacy',
  district: BAC_SON_DISTRICT,
});

const current = (code: string, name: string, kind: Commune['kind'] = 'xa'): Commune => ({
  code,
  name,
  kind,
  provinceCode: LANG_SON_PROVINCE_CODE,
  form: 'current',
});

/**
 * Communes the product knows by name: the 18 communes of the former Bắc Sơn district as they were from 2020 to June
 * 2025 (Long Đống among them), and the 65 communes and wards of Lạng Sơn since 1 July 2025. Other legacy communes of
 * Lạng Sơn are recognised by their code range (see `LANG_SON_COMMUNE_CODES`) but not named here.
 */
export const COMMUNES: readonly Commune[] = [
  legacyBacSon('06325', 'Bắc Sơn', 'thi_tran'),
  legacyBacSon('06328', 'Long Đống'),
  legacyBacSon('06331', 'Vạn Thủy'),
  legacyBacSon('06337', 'Đồng Ý'),
  legacyBacSon('06340', 'Tân Tri'),
  legacyBacSon('06343', 'Bắc Quỳnh'),
  legacyBacSon('06349', 'Hưng Vũ'),
  legacyBacSon('06352', 'Tân Lập'),
  legacyBacSon('06355', 'Vũ Sơn'),
  legacyBacSon('06358', 'Chiêu Vũ'),
  legacyBacSon('06361', 'Tân Hương'),
  legacyBacSon('06364', 'Chiến Thắng'),
  legacyBacSon('06367', 'Vũ Lăng'),
  legacyBacSon('06370', 'Trấn Yên'),
  legacyBacSon('06373', 'Vũ Lễ'),
  legacyBacSon('06376', 'Nhất Hòa'),
  legacyBacSon('06379', 'Tân Thành'),
  legacyBacSon('06382', 'Nhất Tiến'),
  // Lạng Sơn since 1 July 2025: 61 communes and 4 wards, in the order of Resolution 1672/NQ-UBTVQH15.
  current('06040', 'Thất Khê'),
  current('06001', 'Đoàn Kết'),
  current('06019', 'Tân Tiến'),
  current('06046', 'Tràng Định'),
  current('06004', 'Quốc Khánh'),
  current('06037', 'Kháng Chiến'),
  current('06058', 'Quốc Việt'),
  current('06112', 'Bình Gia'),
  current('06115', 'Tân Văn'),
  current('06079', 'Hồng Phong'),
  current('06073', 'Hoa Thám'),
  current('06076', 'Quý Hòa'),
  current('06085', 'Thiện Hòa'),
  current('06091', 'Thiện Thuật'),
  current('06103', 'Thiện Long'),
  current('06325', 'Bắc Sơn'),
  current('06349', 'Hưng Vũ'),
  current('06367', 'Vũ Lăng'),
  current('06376', 'Nhất Hòa'),
  current('06364', 'Vũ Lễ'),
  current('06337', 'Tân Tri'),
  current('06253', 'Văn Quan'),
  current('06280', 'Điềm He'),
  current('06313', 'Tri Lễ'),
  current('06298', 'Yên Phúc'),
  current('06316', 'Tân Đoàn'),
  current('06286', 'Khánh Khê'),
  current('06124', 'Na Sầm'),
  current('06154', 'Văn Lãng'),
  current('06151', 'Hội Hoan'),
  current('06148', 'Thụy Hùng'),
  current('06172', 'Hoàng Văn Thụ'),
  current('06529', 'Lộc Bình'),
  current('06541', 'Mẫu Sơn'),
  current('06526', 'Na Dương'),
  current('06601', 'Lợi Bác'),
  current('06577', 'Thống Nhất'),
  current('06607', 'Xuân Dương'),
  current('06565', 'Khuất Xá'),
  current('06613', 'Đình Lập'),
  current('06637', 'Châu Sơn'),
  current('06625', 'Kiên Mộc'),
  current('06616', 'Thái Bình'),
  current('06385', 'Hữu Lũng'),
  current('06457', 'Tuấn Sơn'),
  current('06445', 'Tân Thành'),
  current('06415', 'Vân Nham'),
  current('06436', 'Thiện Tân'),
  current('06391', 'Yên Bình'),
  current('06400', 'Hữu Liên'),
  current('06427', 'Cai Kinh'),
  current('06463', 'Chi Lăng'),
  current('06496', 'Nhân Lý'),
  current('06481', 'Chiến Thắng'),
  current('06517', 'Quan Sơn'),
  current('06475', 'Bằng Mạc'),
  current('06505', 'Vạn Linh'),
  current('06184', 'Đồng Đăng'),
  current('06211', 'Cao Lộc'),
  current('06220', 'Công Sơn'),
  current('06196', 'Ba Sơn'),
  current('05986', 'Tam Thanh', 'phuong'),
  current('05983', 'Lương Văn Tri', 'phuong'),
  current('06187', 'Kỳ Lừa', 'phuong'),
  current('05977', 'Đông Kinh', 'phuong'),
];

/**
 * The block of commune codes allotted to Lạng Sơn, first and last inclusive (05971 phường Hoàng Văn Thụ of Lạng Sơn
 * city … 06646 xã Bắc Lãng of Đình Lập). Codes are allotted province by province in one block, and Lạng Sơn's 2025
 * communes reuse codes of their own predecessors (the province merged with no other), so every Lạng Sơn commune of
 * either form has a code in this block and no other province's commune has.
 */
export const LANG_SON_COMMUNE_CODES = { first: '05971', last: '06646' } as const;

/**
 * Where each legacy commune of the former Bắc Sơn district went on 1 July 2025 (legacy code → current code).
 *
 * Certain: thị trấn Bắc Sơn, Long Đống and Bắc Quỳnh → xã Bắc Sơn (Resolution 1672/NQ-UBTVQH15, stated in the
 * project's brief and in provincial reports).
 * Best effort: the other five groups, taken from a public transcription of the resolution's items 16–21 (not from
 * the gazette itself); they agree with the resolution's published list of new names (Bắc Sơn, Hưng Vũ, Vũ Lăng,
 * Nhất Hòa, Vũ Lễ, Tân Tri) and with the codes the new communes received, each the code of one of its members.
 */
export const BAC_SON_SUCCESSORS: Readonly<Record<string, string>> = {
  // certain
  '06325': '06325', // thị trấn Bắc Sơn → xã Bắc Sơn
  '06328': '06325', // Long Đống → xã Bắc Sơn
  '06343': '06325', // Bắc Quỳnh → xã Bắc Sơn
  // best effort
  '06349': '06349', // Hưng Vũ → xã Hưng Vũ
  '06370': '06349', // Trấn Yên → xã Hưng Vũ
  '06352': '06367', // Tân Lập → xã Vũ Lăng
  '06361': '06367', // Tân Hương → xã Vũ Lăng
  '06358': '06367', // Chiêu Vũ → xã Vũ Lăng
  '06367': '06367', // Vũ Lăng → xã Vũ Lăng
  '06379': '06376', // Tân Thành → xã Nhất Hòa
  '06382': '06376', // Nhất Tiến → xã Nhất Hòa
  '06376': '06376', // Nhất Hòa → xã Nhất Hòa
  '06364': '06364', // Chiến Thắng → xã Vũ Lễ (the new commune took Chiến Thắng's code)
  '06355': '06364', // Vũ Sơn → xã Vũ Lễ
  '06373': '06364', // Vũ Lễ → xã Vũ Lễ
  '06337': '06337', // Đồng Ý → xã Tân Tri (the new commune took Đồng Ý's code)
  '06331': '06337', // Vạn Thủy → xã Tân Tri
  '06340': '06337', // Tân Tri → xã Tân Tri
};

const LONG_DONG = '06328';
const XA_BAC_SON = '06325';

const longDongVillage = (slug: string, name: string, invented: boolean): Village => ({
  id: `long-dong:${slug}`,
  name,
  legacyCommuneCode: LONG_DONG,
  currentCommuneCode: XA_BAC_SON,
  invented,
});

/**
 * The ten villages (thôn) of Long Đống. An Ninh 1 and Rạ Lá are real; the other eight names are invented, in the
 * Tày and Vietnamese styles of Bắc Sơn place names (Nà "rice field", Khuổi "stream", Phai "weir", Còn "hill"), and
 * marked `invented`. Since the 2025 merger the villages belong to xã Bắc Sơn and keep their names (the reform
 * changed communes, not villages), so each village carries both its legacy and its current commune.
 */
export const VILLAGES: readonly Village[] = [
  longDongVillage('an-ninh-1', 'An Ninh 1', false),
  longDongVillage('an-ninh-2', 'An Ninh 2', true),
  longDongVillage('ra-la', 'Rạ Lá', false),
  longDongVillage('na-pan', 'Nà Pàn', true),
  longDongVillage('khuoi-cuom', 'Khuổi Cưởm', true),
  longDongVillage('phai-xa', 'Phai Xả', true),
  longDongVillage('con-phung', 'Còn Phung', true),
  longDongVillage('lan-pan', 'Lân Pán', true),
  longDongVillage('dong-tam', 'Đồng Tâm', true),
  longDongVillage('na-lua', 'Nà Lừa', true),
];
