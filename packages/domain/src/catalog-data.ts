// Zod-free: the catalog as data, for screens that must not download zod (catalog.ts adds the schema and re-exports).
import { DomainError } from './errors.ts';
import type { Vnd } from './money-format.ts';
import type { Unit } from './quantity-format.ts';

/** A calendar month, 1 (January) to 12 (December), in local time (Asia/Ho_Chi_Minh). */
export type Month = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;

/**
 * When a product is harvested: from the first day of `start` to the last day of `end`, local calendar months.
 * A window may wrap the new year (`start: 12, end: 2` is December to February).
 */
export interface HarvestMonths {
  readonly start: Month;
  readonly end: Month;
}

/** A product of the catalog: what it is, how it is sold, when it is harvested, how long it keeps. */
export interface Product {
  readonly id: ProductId;
  readonly name: { readonly vi: string; readonly en: string };
  /** Words a buyer may type besides the name ("lac do", "peanut"). Folded before searching. */
  readonly aliases: readonly string[];
  readonly unit: Unit;
  readonly harvest: HarvestMonths;
  /** Days it is still sold after the harvest ends: days for fresh fruit, months for dry peanuts. */
  readonly keepsDays: number;
  /** Days before the harvest starts when buyers may pre-order. */
  readonly preOrderDays: number;
  /** For counted goods: the nominal weight of one piece in grams, so pieces add up to tonnes. */
  readonly nominalGrams: number | null;
  /** Typical farm-gate price per unit (per kg or per piece), whole VND. */
  readonly typicalPrice: { readonly min: Vnd; readonly max: Vnd };
  /** A picture that needs no download. */
  readonly icon: string;
  /** Where it comes from, in a few words, for the listing page. */
  readonly origin: { readonly vi: string; readonly en: string };
}

/** The id of every product of the catalog; `ProductIdSchema` accepts these and no other. */
export const PRODUCT_IDS = [
  'dragon-fruit',
  'red-peanut',
  'black-banh-chung',
  'grape',
  'golden-mandarin',
  'custard-apple',
  'star-anise',
  'persimmon',
] as const;

/** One of `PRODUCT_IDS`. */
export type ProductId = (typeof PRODUCT_IDS)[number];

/**
 * The catalog: the products of Long Đống (Bắc Sơn) and a few more of Lạng Sơn. Prices are farm-gate ranges from
 * provincial reports; where none was reported the range is an assumption, plausible for 2021–2026, and the
 * product's comment says so.
 */
export const PRODUCTS: readonly Product[] = [
  {
    id: 'dragon-fruit',
    name: { vi: 'Thanh long ruột đỏ', en: 'Red-flesh dragon fruit' },
    aliases: ['thanh long', 'dragon fruit', 'pitaya'],
    unit: 'kg',
    // Several flushes from May to October; a picked fruit keeps about a week.
    harvest: { start: 5, end: 10 },
    keepsDays: 7,
    preOrderDays: 14,
    nominalGrams: null,
    typicalPrice: { min: 25_000, max: 30_000 },
    icon: '🐉',
    origin: { vi: 'Long Đống, Bắc Sơn', en: 'Long Đống, Bắc Sơn' },
  },
  {
    id: 'red-peanut',
    name: { vi: 'Lạc đỏ Bắc Sơn', en: 'Bắc Sơn red peanuts' },
    aliases: ['lạc', 'đậu phộng', 'peanut', 'groundnut'],
    unit: 'kg',
    // Dug after the summer crop; dried peanuts keep and sell for about eight months. Price: assumed range.
    harvest: { start: 6, end: 8 },
    keepsDays: 240,
    preOrderDays: 21,
    nominalGrams: null,
    typicalPrice: { min: 40_000, max: 60_000 },
    icon: '🥜',
    origin: { vi: 'Bắc Sơn, Lạng Sơn', en: 'Bắc Sơn, Lạng Sơn' },
  },
  {
    id: 'black-banh-chung',
    name: { vi: 'Bánh chưng đen', en: 'Black bánh chưng' },
    aliases: ['banh chung', 'bánh chưng gù', 'rice cake', 'tet cake'],
    unit: 'piece',
    // A Tày speciality made to order for Tết; a cooked cake keeps about ten days. Price: assumed range.
    harvest: { start: 12, end: 2 },
    keepsDays: 10,
    preOrderDays: 30,
    nominalGrams: 800,
    typicalPrice: { min: 50_000, max: 80_000 },
    icon: '🍙',
    origin: { vi: 'Người Tày, Bắc Sơn', en: 'Tày households, Bắc Sơn' },
  },
  {
    id: 'grape',
    name: { vi: 'Nho', en: 'Grapes' },
    aliases: ['nho ha den', 'grapes'],
    unit: 'kg',
    harvest: { start: 6, end: 8 },
    keepsDays: 7,
    preOrderDays: 14,
    nominalGrams: null,
    typicalPrice: { min: 60_000, max: 90_000 },
    icon: '🍇',
    origin: { vi: 'Bắc Sơn, Lạng Sơn', en: 'Bắc Sơn, Lạng Sơn' },
  },
  {
    id: 'golden-mandarin',
    name: { vi: 'Quýt vàng Bắc Sơn', en: 'Bắc Sơn golden mandarin' },
    aliases: ['quýt', 'quyt vang', 'mandarin', 'tangerine'],
    unit: 'kg',
    harvest: { start: 11, end: 2 },
    keepsDays: 21,
    preOrderDays: 21,
    nominalGrams: null,
    typicalPrice: { min: 25_000, max: 30_000 },
    icon: '🍊',
    origin: { vi: 'Bắc Sơn, Lạng Sơn', en: 'Bắc Sơn, Lạng Sơn' },
  },
  {
    id: 'custard-apple',
    name: { vi: 'Na Chi Lăng', en: 'Chi Lăng custard apple' },
    aliases: ['na', 'mãng cầu', 'custard apple', 'sugar apple'],
    unit: 'kg',
    // Chi Lăng's protected-origin na, July to September; ripens within days. Price: assumed range.
    harvest: { start: 7, end: 9 },
    keepsDays: 5,
    preOrderDays: 14,
    nominalGrams: null,
    typicalPrice: { min: 40_000, max: 70_000 },
    icon: '🍏',
    origin: { vi: 'Chi Lăng, Lạng Sơn', en: 'Chi Lăng, Lạng Sơn' },
  },
  {
    id: 'star-anise',
    name: { vi: 'Hoa hồi khô', en: 'Dried star anise' },
    aliases: ['hồi', 'hoa hoi', 'star anise', 'anise'],
    unit: 'kg',
    // The main autumn crop, dried; keeps for most of a year. Price: assumed range for dried flowers.
    harvest: { start: 8, end: 10 },
    keepsDays: 300,
    preOrderDays: 30,
    nominalGrams: null,
    typicalPrice: { min: 70_000, max: 120_000 },
    icon: '⭐',
    origin: { vi: 'Văn Quan, Lạng Sơn', en: 'Văn Quan, Lạng Sơn' },
  },
  {
    id: 'persimmon',
    name: { vi: 'Hồng không hạt Bảo Lâm', en: 'Bảo Lâm seedless persimmon' },
    aliases: ['hồng', 'hong khong hat', 'persimmon'],
    unit: 'kg',
    // September to October; keeps about two weeks. Price: assumed range.
    harvest: { start: 9, end: 10 },
    keepsDays: 14,
    preOrderDays: 14,
    nominalGrams: null,
    typicalPrice: { min: 25_000, max: 45_000 },
    icon: '🟠',
    origin: { vi: 'Cao Lộc, Lạng Sơn', en: 'Cao Lộc, Lạng Sơn' },
  },
];

const BY_ID: ReadonlyMap<ProductId, Product> = new Map(PRODUCTS.map((p) => [p.id, p]));

/**
 * The product with this id. Ids parsed by `ProductIdSchema` always have one; an id that is not in the catalog (from
 * JavaScript, or a stored row from an older catalog) throws `catalog.unknown_product`, a DomainError like the rest.
 */
export function getProduct(id: ProductId): Product {
  const product = BY_ID.get(id);
  if (!product) throw new DomainError('catalog.unknown_product', { id: String(id) }, ['productId']);
  return product;
}

/** The weight of a quantity in grams: grams as they are, pieces at their nominal weight. */
export function gramsOf(product: Product, quantity: number): number {
  return product.unit === 'kg' ? quantity : quantity * (product.nominalGrams ?? 0);
}
