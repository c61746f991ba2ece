import { describe, expect, it } from 'vitest';
import { BUYER, JULY } from '../test/fixtures.ts';
import { attachBuyerPhoto, type BuyerPhoto } from './buyer-photos.ts';

const photo: BuyerPhoto = {
  key: 'ph_01JZ8Q4T6R0000000000000000.jpg',
  buyerId: BUYER,
  uploadedAt: JULY,
  attachedTo: null,
};

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (error) {
    return (error as { code: string }).code;
  }
  return 'no error';
}

describe('buyer photos', () => {
  it('the uploader attaches their photo once; another buyer, a key naming nothing or a second use is refused', () => {
    expect(attachBuyerPhoto(photo, BUYER, 'review:o1').attachedTo).toBe('review:o1');
    expect(codeOf(() => attachBuyerPhoto(photo, 'someone-else', 'review:o1'))).toBe('photo.not_yours');
    expect(codeOf(() => attachBuyerPhoto(null, BUYER, 'review:o1'))).toBe('photo.not_yours');
    const used = { ...photo, attachedTo: 'review:o1' };
    expect(codeOf(() => attachBuyerPhoto(used, BUYER, 'complaint:c1'))).toBe('photo.already_used');
  });
});
