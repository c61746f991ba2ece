import { describe, expect, it } from 'vitest';
import { type ListingStanding, listingStanding, standingOrderable } from './listing-standing.ts';
import type { ListingPhase, ListingStatus } from './listings.ts';

describe('how a listing stands', () => {
  it('reads an active listing by its season: too early is not on sale', () => {
    const active = (phase: ListingPhase) => listingStanding({ effectiveStatus: 'active', phase });
    expect(active('too-early')).toBe('too_early');
    expect(active('pre-order')).toBe('pre_order');
    expect(active('in-season')).toBe('on_sale');
    expect(active('over')).toBe('ended');
  });

  it('keeps every other status whatever the season', () => {
    for (const status of ['draft', 'paused', 'sold_out', 'ended'] satisfies ListingStatus[])
      for (const phase of ['too-early', 'pre-order', 'in-season', 'over'] satisfies ListingPhase[])
        expect(listingStanding({ effectiveStatus: status, phase })).toBe(status);
  });

  it('is orderable only on sale or as a pre-order', () => {
    const all: ListingStanding[] = [
      'draft',
      'paused',
      'sold_out',
      'ended',
      'too_early',
      'pre_order',
      'on_sale',
    ];
    expect(all.filter(standingOrderable)).toEqual(['pre_order', 'on_sale']);
  });
});
