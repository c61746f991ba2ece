import { DomainError } from './errors.ts';

/*
 * Buyers' photos: a buyer uploads a photo of what arrived before sending the review (or complaint) it belongs to.
 * Until it is attached it is the buyer's alone: nobody else can see it, and only its uploader can attach it, once.
 */

/** The key of a stored photo, as `POST /photos` answers it: `ph_` and a new id, then its type. */
export const PHOTO_KEY_PATTERN = /^ph_[0-9A-Z]{26}\.(jpg|png|webp)$/;

/** A buyer's uploaded photo as the domain reasons about it. */
export interface BuyerPhoto {
  readonly key: string;
  readonly buyerId: string;
  readonly uploadedAt: Date;
  /** What it was attached to (`review:<orderId>`, `complaint:<id>`), null while it waits. */
  readonly attachedTo: string | null;
}

/**
 * The photo a buyer attaches to `attachTo` (`review:<orderId>`…), decided: it must be one they uploaded
 * (`photo.not_yours`, also for a key that names nothing, so another buyer's keys are not confirmed) and not
 * attached already (`photo.already_used`).
 */
export function attachBuyerPhoto(
  photo: BuyerPhoto | null,
  buyerId: string,
  attachTo: string,
): BuyerPhoto & { attachedTo: string } {
  if (photo === null || photo.buyerId !== buyerId) throw new DomainError('photo.not_yours', {}, ['photo']);
  if (photo.attachedTo !== null) throw new DomainError('photo.already_used', {}, ['photo']);
  return { ...photo, attachedTo: attachTo };
}
