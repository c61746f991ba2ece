import { describe, expect, it } from 'vitest';
import { buyer, helperFor, JULY, listing, SHOP_A, SHOP_B, sellerOf } from '../test/fixtures.ts';
import { getProduct } from './catalog.ts';
import { DomainError, type Problem } from './errors.ts';
import {
  canOrder,
  changeListingStatus,
  checkPrice,
  createListing,
  effectiveStatus,
  isPreOrder,
  type ListingInput,
  ListingInputSchema,
  listingSeason,
  listingStatusAfterWaiting,
  updateListing,
  withStock,
} from './listings.ts';
import { formatProblem } from './messages.ts';

const form = (overrides: Partial<ListingInput> = {}): ListingInput => ({
  productId: 'dragon-fruit',
  title: 'Thanh long ruột đỏ Long Đống',
  unitPrice: 28_000,
  stock: 50_000,
  minOrder: 1_000,
  ...overrides,
});

function problemsOf(input: unknown): Problem[] {
  try {
    createListing(input as ListingInput, { id: 'l1', shopId: SHOP_A, actor: sellerOf(SHOP_A), now: JULY });
  } catch (error) {
    if (error instanceof DomainError) return [...error.problems];
    throw error;
  }
  return [];
}

describe('price sanity', () => {
  const dragonFruit = getProduct('dragon-fruit');

  it('accepts prices within ⅓–3× of the typical range', () => {
    expect(checkPrice(dragonFruit, 28_000)).toEqual({ kind: 'usual' });
    expect(checkPrice(dragonFruit, 9_000)).toEqual({ kind: 'usual' });
    expect(checkPrice(dragonFruit, 90_000)).toEqual({ kind: 'usual' });
  });

  it('suggests 28.000 for 280.000 (a zero too many) and for 28 (meant as thousands)', () => {
    expect(checkPrice(dragonFruit, 280_000)).toEqual({
      kind: 'unusual',
      direction: 'high',
      suggestedPrice: 28_000,
    });
    expect(checkPrice(dragonFruit, 28)).toEqual({
      kind: 'unusual',
      direction: 'low',
      suggestedPrice: 28_000,
    });
    expect(checkPrice(getProduct('grape'), 750_000)).toMatchObject({ suggestedPrice: 75_000 });
  });

  it('warns without a suggestion when no slip of the keyboard explains the price', () => {
    expect(checkPrice(dragonFruit, 3)).toEqual({ kind: 'unusual', direction: 'low', suggestedPrice: null });
  });

  it('makes the seller confirm: the form is refused with a message that names the likely price', () => {
    const [problem] = problemsOf(form({ unitPrice: 280_000 }));
    expect(problem).toMatchObject({ code: 'listing.price_unusual_suggest', path: ['unitPrice'] });
    if (!problem) throw new Error('expected a problem');
    const vi = formatProblem(problem, 'vi');
    expect(vi).toContain('280.000\u00a0₫');
    expect(vi).toContain('Có phải bạn muốn nhập 28.000\u00a0₫?');
    expect(formatProblem(problem, 'en')).toContain('Did you mean 28,000\u00a0₫?');
  });

  it('keeps an unusual price once the seller confirmed it', () => {
    const created = createListing(form({ unitPrice: 280_000, confirmUnusualPrice: true }), {
      id: 'l1',
      shopId: SHOP_A,
      actor: sellerOf(SHOP_A),
      now: JULY,
    });
    expect(created.unitPrice).toBe(280_000);
  });
});

describe('the listing form', () => {
  it('reports every problem at its field', () => {
    const problems = problemsOf(
      form({ title: 'TL', stock: 2_000, minOrder: 5_000, photos: ['has space.jpg'], unitPrice: 28_000.5 }),
    );
    expect(problems.map((p) => [p.path.join('.'), p.code])).toEqual([
      ['title', 'validation.too_short'],
      ['unitPrice', 'money.not_whole'],
      ['photos.0', 'listing.photo_invalid'],
      ['minOrder', 'listing.min_order_above_stock'],
    ]);
    expect(
      problemsOf(form({ productId: 'rice' as never, harvest: { from: 'soon', until: 'later' } })),
    ).toEqual([
      { code: 'validation.not_allowed', path: ['productId'], params: expect.any(Object) },
      { code: 'validation.invalid_date', path: ['harvest', 'from'], params: {} },
      { code: 'validation.invalid_date', path: ['harvest', 'until'], params: {} },
    ]);
    expect(problemsOf(form({ stock: 2_000, minOrder: 5_000 }))).toEqual([
      {
        code: 'listing.min_order_above_stock',
        path: ['minOrder'],
        params: { minimum: 5, stock: 2, unit: 'kg' },
      },
    ]);
  });

  it('allows zero stock ("none left for now") whatever the minimum order', () => {
    expect(problemsOf(form({ stock: 0, minOrder: 5_000 }))).toEqual([]);
  });

  it('wants the per-buyer cap to be at least the minimum order', () => {
    expect(problemsOf(form({ perBuyerCap: 500 }))).toMatchObject([
      { code: 'listing.cap_below_min_order', path: ['perBuyerCap'] },
    ]);
  });

  it('refuses harvest dates outside the product’s season, and an end before the start', () => {
    const grapes = form({ productId: 'grape', unitPrice: 70_000 });
    expect(problemsOf({ ...grapes, harvest: { from: '2027-01-10', until: '2027-01-20' } })).toMatchObject([
      { code: 'listing.harvest_out_of_season', path: ['harvest', 'from'], params: { date: '10/01/2027' } },
      { code: 'listing.harvest_out_of_season', path: ['harvest', 'until'] },
    ]);
    expect(problemsOf({ ...grapes, harvest: { from: '2026-07-20', until: '2026-07-10' } })).toMatchObject([
      { code: 'listing.harvest_order', path: ['harvest', 'until'] },
    ]);
  });

  it('limits the photos', () => {
    const photos = Array.from({ length: 7 }, (_, i) => `shops/a/photo-${i}.jpg`);
    expect(problemsOf(form({ photos }))).toMatchObject([{ code: 'validation.too_big', path: ['photos'] }]);
    expect(
      ListingInputSchema.safeParse(form({ photos: ['https://example.org/a.jpg', 'a/b.webp'] })).success,
    ).toBe(true);
  });
});

describe('creating and editing', () => {
  const ctx = { id: 'l1', shopId: SHOP_A, now: JULY };

  it('creates a draft, for the household’s own seller or its helper', () => {
    expect(createListing(form(), { ...ctx, actor: sellerOf(SHOP_A) })).toMatchObject({
      status: 'draft',
      shopId: SHOP_A,
      perBuyerCap: null,
      photos: [],
      createdAt: JULY,
    });
    expect(createListing(form(), { ...ctx, actor: helperFor(SHOP_B, SHOP_A) }).status).toBe('draft');
  });

  it('refuses anyone else', () => {
    for (const actor of [sellerOf(SHOP_B), helperFor(SHOP_B), buyer()])
      expect(() => createListing(form(), { ...ctx, actor })).toThrow(
        expect.objectContaining({ code: 'listing.forbidden' }),
      );
  });

  it('edits the form, keeps the product, and moves the status with the stock', () => {
    const soldOut = listing({ stock: 0, status: 'sold_out' });
    const restocked = updateListing(
      soldOut,
      form({ stock: 20_000, unitPrice: 27_000 }),
      sellerOf(SHOP_A),
      JULY,
    );
    expect(restocked).toMatchObject({ stock: 20_000, unitPrice: 27_000, status: 'active', updatedAt: JULY });
    expect(soldOut.stock).toBe(0);
    expect(() =>
      updateListing(listing(), form({ productId: 'grape', unitPrice: 70_000 }), sellerOf(SHOP_A), JULY),
    ).toThrow(expect.objectContaining({ code: 'listing.product_fixed' }));
  });
});

describe('status rules', () => {
  it('is sold out when the stock reaches zero and active again when stock is added', () => {
    const soldOut = withStock(listing(), 0, JULY);
    expect(soldOut.status).toBe('sold_out');
    expect(withStock(soldOut, 5_000, JULY).status).toBe('active');
    expect(withStock(listing({ status: 'paused' }), 0, JULY).status).toBe('paused');
  });

  it('ends when the product’s selling window is over (dragon fruit: October plus a week)', () => {
    const l = listing();
    expect(listingSeason(l).sellUntil).toBe('2026-11-07');
    expect(effectiveStatus(l, new Date('2026-11-07T16:00:00Z'))).toBe('active'); // 23:00 on 7 November
    expect(effectiveStatus(l, new Date('2026-11-07T17:00:00Z'))).toBe('ended'); // midnight, 8 November
    expect(canOrder(l, new Date('2026-11-08T03:00:00Z'))).toMatchObject({
      ok: false,
      refusal: { code: 'listing.ended' },
    });
  });

  it('takes pre-orders before the harvest and refuses orders before pre-orders open', () => {
    // Black bánh chưng for Tết: made December–February, pre-orders from 30 days before (1 November).
    const banhChung = listing({
      productId: 'black-banh-chung',
      unitPrice: 65_000,
      minOrder: 1,
      stock: 40,
      createdAt: new Date('2026-09-01T03:00:00Z'),
    });
    expect(canOrder(banhChung, new Date('2026-10-20T03:00:00Z'))).toEqual({
      ok: false,
      refusal: { code: 'listing.too_early', params: { title: banhChung.title, date: '01/11/2026' } },
    });
    const november = new Date('2026-11-10T03:00:00Z');
    expect(isPreOrder(banhChung, november)).toBe(true);
    expect(canOrder(banhChung, november)).toEqual({ ok: true, preOrder: true });
    const december = new Date('2026-12-10T03:00:00Z');
    expect(canOrder(banhChung, december)).toEqual({ ok: true, preOrder: false });
  });

  it('follows the shop’s own harvest date when it has one', () => {
    const lateFlush = listing({ harvest: { from: '2026-08-10', until: '2026-08-20' } });
    expect(canOrder(lateFlush, JULY)).toMatchObject({ ok: false, refusal: { code: 'listing.too_early' } });
    expect(canOrder(lateFlush, new Date('2026-07-30T03:00:00Z'))).toEqual({ ok: true, preOrder: true });
    expect(canOrder(lateFlush, new Date('2026-08-12T03:00:00Z'))).toEqual({ ok: true, preOrder: false });
  });

  it('says why a listing cannot be ordered', () => {
    const refusal = (l: ReturnType<typeof listing>) => {
      const check = canOrder(l, JULY);
      return check.ok ? null : check.refusal.code;
    };
    expect(refusal(listing({ status: 'draft' }))).toBe('listing.not_published');
    expect(refusal(listing({ status: 'paused' }))).toBe('listing.paused');
    expect(refusal(listing({ stock: 0 }))).toBe('listing.sold_out');
    expect(refusal(listing({ status: 'ended' }))).toBe('listing.ended');
    expect(refusal(listing())).toBeNull();
  });
});

describe('status changes by the seller', () => {
  const seller = sellerOf(SHOP_A);

  it('publishes, pauses, resumes, marks sold out and ends', () => {
    const draft = listing({ status: 'draft' });
    const active = changeListingStatus(draft, 'publish', seller, JULY);
    expect(active.status).toBe('active');
    const paused = changeListingStatus(active, 'pause', seller, JULY);
    expect(paused.status).toBe('paused');
    expect(changeListingStatus(paused, 'resume', seller, JULY).status).toBe('active');
    expect(changeListingStatus(active, 'mark_sold_out', seller, JULY)).toMatchObject({
      status: 'sold_out',
      stock: 0,
    });
    expect(changeListingStatus(paused, 'end', helperFor(SHOP_A), JULY).status).toBe('ended');
  });

  it('resumes a listing with no stock as sold out', () => {
    expect(changeListingStatus(listing({ status: 'paused', stock: 0 }), 'resume', seller, JULY).status).toBe(
      'sold_out',
    );
  });

  it('refuses illegal changes with the status and action', () => {
    expect(() => changeListingStatus(listing(), 'resume', seller, JULY)).toThrow(
      expect.objectContaining({
        code: 'listing.illegal_status_change',
        params: expect.objectContaining({ from: 'active', action: 'resume' }),
      }),
    );
    expect(() =>
      changeListingStatus(listing({ status: 'draft', stock: 0 }), 'publish', seller, JULY),
    ).toThrow(expect.objectContaining({ code: 'listing.no_stock' }));
    expect(() => changeListingStatus(listing(), 'pause', sellerOf(SHOP_B), JULY)).toThrow(
      expect.objectContaining({ code: 'listing.forbidden' }),
    );
  });

  it('only lets a listing whose season is over be ended', () => {
    const november = new Date('2026-11-20T03:00:00Z');
    expect(() => changeListingStatus(listing(), 'pause', seller, november)).toThrow(
      expect.objectContaining({ code: 'listing.ended' }),
    );
    expect(changeListingStatus(listing(), 'end', seller, november).status).toBe('ended');
    expect(() => changeListingStatus(listing({ status: 'ended' }), 'end', seller, november)).toThrow(
      expect.objectContaining({ code: 'listing.ended' }),
    );
  });
});

describe('listing steps waiting on the phone', () => {
  const onSale = { effectiveStatus: 'active', status: 'active', stock: 5_000 } as const;

  it('show the status they lead to, in order', () => {
    expect(listingStatusAfterWaiting(onSale, [])).toBe('active');
    expect(listingStatusAfterWaiting(onSale, ['pause'])).toBe('paused');
    expect(listingStatusAfterWaiting(onSale, ['pause', 'resume'])).toBe('active');
    expect(listingStatusAfterWaiting(onSale, ['mark_sold_out', 'pause', 'resume'])).toBe('sold_out');
  });

  it('skip a step that would not apply, as the server would refuse it', () => {
    expect(listingStatusAfterWaiting(onSale, ['resume'])).toBe('active');
    expect(
      listingStatusAfterWaiting({ ...onSale, status: 'draft', effectiveStatus: 'draft', stock: 0 }, [
        'publish',
      ]),
    ).toBe('draft');
    expect(
      listingStatusAfterWaiting({ ...onSale, status: 'ended', effectiveStatus: 'ended' }, ['pause']),
    ).toBe('ended');
  });
});
