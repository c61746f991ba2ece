import * as z from 'zod';
import { type Actor, actsForShop } from './actors.ts';
import { getProduct, type Product, type ProductId, ProductIdSchema } from './catalog.ts';
import type { ErrorCode } from './dictionary.ts';
import { DomainError, type ErrorParams, parseInput, problem } from './errors.ts';
import { localDateText } from './local-date-text.ts';
import { PositiveVndSchema, type Vnd } from './money.ts';
import { QuantitySchema, StockSchema, type Unit } from './quantity.ts';
import { quantityParams } from './quantity-params.ts';
import {
  addDays,
  daysBetween,
  isInSeason,
  type LocalDate,
  LocalDateSchema,
  seasonStatus,
  toLocalDate,
} from './seasons.ts';
import { typedText } from './typed-text.ts';

/**
 * A shop's offer of one product. `stock` is what is left to sell, in base units (grams or pieces): placing an order
 * takes its quantity from it at once (a reservation), cancelling gives it back. `unitPrice` is per kg for weighed
 * goods and per piece for counted goods; the unit follows from the product.
 */
export interface Listing {
  readonly id: string;
  /** The shop, which is its household's id: one digital shop per household. */
  readonly shopId: string;
  readonly productId: ProductId;
  readonly title: string;
  readonly description: string;
  readonly unitPrice: Vnd;
  readonly stock: number;
  readonly minOrder: number;
  /** The most one buyer may have on open orders; null for no cap. */
  readonly perBuyerCap: number | null;
  /** When this shop's produce is (or will be) picked; null to follow the product's season. */
  readonly harvest: HarvestDates | null;
  /** URLs or storage keys, cover photo first. */
  readonly photos: readonly string[];
  readonly status: ListingStatus;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/**
 * The status a listing is stored with. `sold_out` follows from the stock reaching zero and `active` comes back when
 * stock is added; `ended` also follows from the product's selling window being over (see `effectiveStatus`).
 */
export const ListingStatusSchema = z.enum(['draft', 'active', 'paused', 'sold_out', 'ended']);
/** Where a listing is in its life: draft, active, paused, sold out or ended (see `ListingStatusSchema`). */
export type ListingStatus = z.infer<typeof ListingStatusSchema>;

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

/** The unit a listing is sold in: its product's. */
export function listingUnit(listing: Pick<Listing, 'productId'>): Unit {
  return getProduct(listing.productId).unit;
}

/**
 * When a listing can be ordered, as local dates: pre-orders from `preOrderFrom`, in season from `sellFrom`, over
 * after `sellUntil` (inclusive). With harvest dates they are the shop's own (pre-orders the product's pre-order days
 * before the harvest, sold until its keeping time after); without, the product's selling window that was current
 * (or next) when the listing was created.
 */
export interface ListingSeason {
  readonly preOrderFrom: LocalDate;
  readonly sellFrom: LocalDate;
  readonly sellUntil: LocalDate;
}

/**
 * The dates a listing is sold on: its own harvest dates when it has them, else its product's season around when it
 * was created.
 */
export function listingSeason(listing: Pick<Listing, 'productId' | 'harvest' | 'createdAt'>): ListingSeason {
  const anchor = listing.harvest?.from ?? toLocalDate(listing.createdAt);
  const key = `${listing.productId} ${anchor} ${listing.harvest?.until ?? ''}`;
  const known = SEASONS.get(key);
  if (known) return known;
  const season = Object.freeze(computeSeason(listing.productId, anchor, listing.harvest));
  // A listing's season depends only on these three values, and a commune has few distinct ones: remember them, so a
  // simulation asking "can this be ordered?" millions of times does not redo the calendar arithmetic.
  if (SEASONS.size >= 10_000) SEASONS.clear();
  SEASONS.set(key, season);
  return season;
}

const SEASONS = new Map<string, ListingSeason>();

function computeSeason(productId: ProductId, anchor: LocalDate, harvest: HarvestDates | null): ListingSeason {
  const product = getProduct(productId);
  const window = seasonStatus(product, anchor).window;
  if (harvest === null)
    return { preOrderFrom: window.preOrderFrom, sellFrom: window.harvestStart, sellUntil: window.sellUntil };
  const keptUntil = addDays(harvest.until, product.keepsDays);
  return {
    preOrderFrom: addDays(harvest.from, -product.preOrderDays),
    sellFrom: harvest.from,
    sellUntil: laterOf(keptUntil, window.sellUntil),
  };
}

function laterOf(a: LocalDate, b: LocalDate): LocalDate {
  if (a > b) return a;
  return b;
}

/** Where a listing stands in its season on a day. */
export type ListingPhase = 'too-early' | 'pre-order' | 'in-season' | 'over';

/** Where a listing stands in its season at `now`: too early, pre-order, in season or over. */
export function listingPhase(
  listing: Pick<Listing, 'productId' | 'harvest' | 'createdAt'>,
  now: Date,
): ListingPhase {
  return phaseOn(listingSeason(listing), toLocalDate(now));
}

function phaseOn(season: ListingSeason, today: LocalDate): ListingPhase {
  if (today > season.sellUntil) return 'over';
  if (today >= season.sellFrom) return 'in-season';
  if (today >= season.preOrderFrom) return 'pre-order';
  return 'too-early';
}

/** The harvest is still ahead and pre-orders are open: an order now is a pre-order. */
export function isPreOrder(listing: Listing, now: Date): boolean {
  return listingPhase(listing, now) === 'pre-order';
}

/**
 * The status a buyer and the seller see now: the stored one, except that a listing whose selling window is over is
 * `ended`, and an active listing with no stock is `sold_out`.
 */
export function effectiveStatus(listing: Listing, now: Date): ListingStatus {
  return statusIn(listing, listingPhase(listing, now));
}

function statusIn(listing: Listing, phase: ListingPhase): ListingStatus {
  if (listing.status === 'draft' || listing.status === 'ended') return listing.status;
  if (phase === 'over') return 'ended';
  if (listing.status === 'active' && listing.stock === 0) return 'sold_out';
  return listing.status;
}

/** Why a listing cannot be ordered: a code of the dictionary with its params. */
export interface Refusal {
  readonly code: ErrorCode;
  readonly params: ErrorParams;
}

/** Whether a listing can be ordered now: yes (and whether as a pre-order), or a refusal with its code. */
export type OrderableCheck =
  | { readonly ok: true; readonly preOrder: boolean }
  | { readonly ok: false; readonly refusal: Refusal };

const REFUSAL_BY_STATUS: Partial<Record<ListingStatus, ErrorCode>> = {
  draft: 'listing.not_published',
  paused: 'listing.paused',
  sold_out: 'listing.sold_out',
};

/**
 * Can a buyer order this listing now? It must be active with stock, and in season or open for pre-orders; when not,
 * the refusal says why (paused, sold out, season over, pre-orders not open yet).
 */
export function canOrder(listing: Listing, now: Date): OrderableCheck {
  const season = listingSeason(listing);
  const phase = phaseOn(season, toLocalDate(now));
  const status = statusIn(listing, phase);
  const { title } = listing;
  if (status === 'ended') return { ok: false, refusal: { code: 'listing.ended', params: { title } } };
  const byStatus = REFUSAL_BY_STATUS[status];
  if (byStatus) return { ok: false, refusal: { code: byStatus, params: { title } } };
  if (phase === 'too-early')
    return {
      ok: false,
      refusal: { code: 'listing.too_early', params: { title, date: localDateText(season.preOrderFrom) } },
    };
  return { ok: true, preOrder: phase === 'pre-order' };
}

/**
 * The listing with a new stock level and the status that follows: an active listing with no stock left is sold
 * out; a sold-out listing that gets stock again is active. Draft, paused and ended listings keep their status (stock
 * given back by a cancelled order still lands on an ended listing).
 */
export function withStock(listing: Listing, stock: number, now: Date): Listing {
  if (!Number.isSafeInteger(stock) || stock < 0)
    throw new DomainError('quantity.negative', { stock }, ['stock']);
  let status = listing.status;
  if (status === 'active' && stock === 0) status = 'sold_out';
  else if (status === 'sold_out' && stock > 0) status = 'active';
  return { ...listing, stock, status, updatedAt: now };
}

/** What a seller (or their helper) may do to a listing's status. */
export const ListingStatusActionSchema = z.enum(['publish', 'pause', 'resume', 'mark_sold_out', 'end']);
/** A change a seller asks of a listing's status (publish, pause, resume, end…), per `LISTING_STATUS_CHANGES`. */
export type ListingStatusAction = z.infer<typeof ListingStatusActionSchema>;

/**
 * The legal status changes, as data: from which (effective) statuses an action may be taken, and where it leads.
 * `resume` leads to sold out when there is no stock; `mark_sold_out` sets the stock to zero.
 */
export const LISTING_STATUS_CHANGES: Readonly<
  Record<ListingStatusAction, { readonly from: readonly ListingStatus[]; readonly to: ListingStatus }>
> = {
  publish: { from: ['draft'], to: 'active' },
  pause: { from: ['active', 'sold_out'], to: 'paused' },
  resume: { from: ['paused'], to: 'active' },
  mark_sold_out: { from: ['active', 'paused'], to: 'sold_out' },
  end: { from: ['draft', 'active', 'paused', 'sold_out'], to: 'ended' },
};

function assertManages(actor: Actor, shopId: string): void {
  if (!actsForShop(actor, shopId)) throw new DomainError('listing.forbidden', {}, []);
}

/**
 * Create a listing (as a draft: `changeListingStatus(…, 'publish', …)` puts it on sale). The input is parsed here,
 * so the price warning cannot be skipped.
 */
export function createListing(
  input: ListingInput,
  context: { readonly id: string; readonly shopId: string; readonly actor: Actor; readonly now: Date },
): Listing {
  assertManages(context.actor, context.shopId);
  const { confirmUnusualPrice: _, ...fields } = parseInput(ListingInputSchema, input);
  return {
    ...fields,
    id: context.id,
    shopId: context.shopId,
    status: 'draft',
    createdAt: context.now,
    updatedAt: context.now,
  };
}

/**
 * Replace a listing's editable fields (the whole form, parsed again). The product cannot change: orders refer to
 * it. A new stock level moves the status as `withStock` does. Orders already placed keep the price they were placed
 * at.
 */
export function updateListing(listing: Listing, input: ListingInput, actor: Actor, now: Date): Listing {
  assertManages(actor, listing.shopId);
  const { confirmUnusualPrice: _, ...fields } = parseInput(ListingInputSchema, input);
  if (fields.productId !== listing.productId)
    throw new DomainError('listing.product_fixed', {}, ['productId']);
  if (effectiveStatus(listing, now) === 'ended')
    throw new DomainError('listing.ended', { title: listing.title }, []);
  const updated = withStock(listing, fields.stock, now);
  return { ...updated, ...fields, status: updated.status, updatedAt: now };
}

/**
 * Take a status action (publish, pause, resume, mark sold out, end) for a seller or their helper. Illegal changes
 * throw `listing.illegal_status_change` with the current status and the action; publishing with no stock throws
 * `listing.no_stock`; a listing whose season is over can only be ended.
 */
export function changeListingStatus(
  listing: Listing,
  action: ListingStatusAction,
  actor: Actor,
  now: Date,
): Listing {
  assertManages(actor, listing.shopId);
  const from = effectiveStatus(listing, now);
  const change = LISTING_STATUS_CHANGES[action];
  // A listing whose season is over still shows its stored status until someone ends it; ending it is always legal.
  const legal = action === 'end' ? listing.status !== 'ended' : change.from.includes(from);
  if (!legal)
    throw new DomainError(
      from === 'ended' ? 'listing.ended' : 'listing.illegal_status_change',
      { title: listing.title, from, action },
      ['status'],
    );
  if (action === 'publish' && listing.stock === 0)
    throw new DomainError('listing.no_stock', { title: listing.title }, ['stock']);
  if (action === 'mark_sold_out') return { ...listing, stock: 0, status: 'sold_out', updatedAt: now };
  if (action === 'resume' && listing.stock === 0) return { ...listing, status: 'sold_out', updatedAt: now };
  return { ...listing, status: change.to, updatedAt: now };
}
