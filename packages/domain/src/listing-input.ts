import * as z from 'zod';
import { getProduct, type Product, ProductIdSchema } from './catalog.ts';
import type { ErrorCode } from './dictionary.ts';
import { type ErrorParams, problem } from './errors.ts';
import { localDateText } from './local-date-text.ts';
import { PositiveVndSchema, type Vnd } from './money.ts';
import { QuantitySchema, StockSchema } from './quantity.ts';
import { quantityParams } from './quantity-params.ts';
import { daysBetween, isInSeason, type LocalDate, LocalDateSchema } from './seasons.ts';
import { typedText } from './typed-text.ts';

/* What a seller types to create or edit a listing, and the check of an unusual price. */

/** A harvest date (`from` = `until`) or window, local dates, both inclusive. */
export interface HarvestDates {
  readonly from: LocalDate;
  readonly until: LocalDate;
}

/** Limits of what a seller may type. */
export const LISTING_LIMITS = {
  titleMin: 3,
  titleMax: 120,
  descriptionMax: 1000,
  /** Enough to show the produce, little enough for slow mobile data. */
  maxPhotos: 6,
  photoRefMax: 500,
  /** A harvest window longer than a year is not a harvest. */
  maxHarvestDays: 366,
} as const;

/**
 * A price outside [typical min ÷ 3, typical max × 3] is probably a typo (280.000 typed for 28.000, or 28 meant as
 * thousands): the seller sees a warning with the likely intended price and must confirm to keep it.
 */
export const PRICE_SANITY_FACTOR = 3;

/** A photo: an http(s) URL or a storage key (no spaces, no scheme). */
const PhotoRefSchema = z
  .string()
  .max(LISTING_LIMITS.photoRefMax)
  .refine((s) => /^https?:\/\/\S+$/.test(s) || /^[\w][\w./-]*$/.test(s), problem('listing.photo_invalid'));

const bothDates = (h: { from: string; until: string }) =>
  LocalDateSchema.safeParse(h.from).success && LocalDateSchema.safeParse(h.until).success;

/**
 * A listing's own harvest dates, parsed: local dates, `from` before `until`, no longer than
 * `LISTING_LIMITS.maxHarvestDays`.
 */
export const HarvestDatesSchema = z
  .object({ from: LocalDateSchema, until: LocalDateSchema })
  // Refinements run even when a date failed to parse: compare only real dates.
  .refine((h) => !bothDates(h) || h.from <= h.until, { ...problem('listing.harvest_order'), path: ['until'] })
  .refine((h) => !bothDates(h) || daysBetween(h.from, h.until) <= LISTING_LIMITS.maxHarvestDays, {
    ...problem('listing.harvest_too_long', { maximum: LISTING_LIMITS.maxHarvestDays }),
    path: ['until'],
  });

/**
 * The OCOP stars (One Commune One Product, Vietnam's rating of local products) a household says its product was
 * awarded: a whole number from 1 to 5.
 */
export const OcopStarsSchema = z
  .number()
  .refine((n) => Number.isInteger(n) && n >= 1 && n <= 5, problem('listing.invalid_ocop_stars'));
/** OCOP stars, 1–5 (see `OcopStarsSchema`). */
export type OcopStars = z.infer<typeof OcopStarsSchema>;

/**
 * What a seller (or their helper) types to create or edit a listing. Besides each field's limits it checks that the
 * minimum order fits the stock (unless the stock is zero: "none left for now"), that the per-buyer cap is at least
 * the minimum order, that the harvest dates fall in the product's season, and that an unusual price was confirmed
 * (`confirmUnusualPrice: true`) after the warning.
 */
export const ListingInputSchema = z
  .object({
    productId: ProductIdSchema,
    title: typedText({ min: LISTING_LIMITS.titleMin, max: LISTING_LIMITS.titleMax }),
    description: typedText({ max: LISTING_LIMITS.descriptionMax }).default(''),
    unitPrice: PositiveVndSchema,
    stock: StockSchema,
    minOrder: QuantitySchema,
    perBuyerCap: QuantitySchema.nullable().default(null),
    harvest: HarvestDatesSchema.nullable().default(null),
    ocopStars: OcopStarsSchema.nullable().default(null),
    photos: z.array(PhotoRefSchema).max(LISTING_LIMITS.maxPhotos).default([]),
    confirmUnusualPrice: z.boolean().default(false),
  })
  .superRefine((input, ctx) => {
    // Zod runs this even when a field failed; check only what parsed.
    const productId = ProductIdSchema.safeParse(input.productId);
    if (!productId.success) return;
    const product = getProduct(productId.data);
    const add = (path: (string | number)[], code: ErrorCode, params: ErrorParams = {}) =>
      ctx.addIssue({ code: 'custom', path, input, message: code, params: { ...params, code } });
    if (input.stock > 0 && input.minOrder > input.stock)
      add(
        ['minOrder'],
        'listing.min_order_above_stock',
        quantityParams({ minimum: input.minOrder, stock: input.stock }, product.unit),
      );
    if (input.perBuyerCap !== null && input.perBuyerCap < input.minOrder)
      add(
        ['perBuyerCap'],
        'listing.cap_below_min_order',
        quantityParams({ minimum: input.minOrder, cap: input.perBuyerCap }, product.unit),
      );
    if (input.harvest !== null) {
      for (const key of ['from', 'until'] as const) {
        const date = input.harvest[key];
        if (LocalDateSchema.safeParse(date).success && !isInSeason(product, date))
          add(['harvest', key], 'listing.harvest_out_of_season', { date: localDateText(date) });
      }
    }
    const price = PositiveVndSchema.safeParse(input.unitPrice).success
      ? checkPrice(product, input.unitPrice)
      : null;
    if (price?.kind === 'unusual' && !input.confirmUnusualPrice) {
      const params = { price: input.unitPrice, min: product.typicalPrice.min, max: product.typicalPrice.max };
      if (price.suggestedPrice === null) add(['unitPrice'], 'listing.price_unusual', params);
      else
        add(['unitPrice'], 'listing.price_unusual_suggest', { ...params, suggested: price.suggestedPrice });
    }
  });

/** A listing form as typed (defaults not yet applied). */
export type ListingInput = z.input<typeof ListingInputSchema>;

/** The outcome of the price sanity check. */
export type PriceCheck =
  | { readonly kind: 'usual' }
  | {
      readonly kind: 'unusual';
      readonly direction: 'low' | 'high';
      /** The price the seller probably meant (the typed one shifted by a power of ten), or null. */
      readonly suggestedPrice: Vnd | null;
    };

/** Typing slips that shift a price by a power of ten: a missing "000", one zero too many or too few. */
const SLIP_FACTORS = [1000, 100, 10, 1 / 10, 1 / 100, 1 / 1000] as const;

/**
 * Is this price plausible for the product? Outside ⅓–3× of its typical range it is `unusual`, with the likely
 * intended price: the typed price times or divided by 10, 100 or 1000 that lands in the typical range (or, failing
 * that, in the plausible band), the closest to the middle of the range.
 */
export function checkPrice(product: Product, unitPrice: Vnd): PriceCheck {
  const { min, max } = product.typicalPrice;
  const low = min / PRICE_SANITY_FACTOR;
  const high = max * PRICE_SANITY_FACTOR;
  if (unitPrice >= low && unitPrice <= high) return { kind: 'usual' };
  const middle = Math.sqrt(min * max);
  const candidates = SLIP_FACTORS.map((f) => Math.round(unitPrice * f)).filter((p) => p > 0);
  const distance = (p: number) => Math.abs(Math.log(p / middle));
  const best = (inRange: (p: number) => boolean) =>
    candidates.filter(inRange).sort((a, b) => distance(a) - distance(b))[0];
  const suggested = best((p) => p >= min && p <= max) ?? best((p) => p >= low && p <= high) ?? null;
  return { kind: 'unusual', direction: unitPrice < low ? 'low' : 'high', suggestedPrice: suggested };
}
