import { attachBuyerPhoto, DomainError } from '@nongsan/domain';
import type { PhotoContentType, PhotoStore, StoredPhoto } from '../photos/photo-store.ts';
import { inTransaction, type Repositories } from '../repositories/repositories.ts';
import type { ServiceDeps } from './deps.ts';

/**
 * Buyers' photos (`POST /photos` by a buyer): kept waiting, unserved, until the buyer attaches one to a review or
 * complaint (`attachBuyerPhotoIn`, inside that step's transaction).
 */
export class BuyerPhotosService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly store: PhotoStore,
  ) {}

  /** Stores the pixels (already checked and re-encoded) as the buyer's, waiting. */
  async save(buyerId: string, pixels: Uint8Array, contentType: PhotoContentType): Promise<StoredPhoto> {
    return inTransaction(this.deps.db, async (repos) => {
      const now = this.deps.clock.now();
      const photo = await this.store.save(pixels, contentType, { pending: true });
      await repos.buyerPhotos.insert(photo.key, buyerId, now);
      return photo;
    });
  }
}

/**
 * Inside the transaction of the step that uses it (a review, a complaint): attaches the buyer's waiting photo to
 * `to` (`review:<orderId>`, `complaint:<id>`) and moves it where it is served. Refused, changing nothing, when it
 * is not the buyer's (`photo.not_yours`) or was used already (`photo.already_used`). Call it last in the
 * transaction: once published, the photo is public.
 */
export async function attachBuyerPhotoIn(
  repos: Repositories,
  store: PhotoStore,
  step: { readonly key: string; readonly buyerId: string; readonly to: string; readonly at: Date },
): Promise<void> {
  attachBuyerPhoto(await repos.buyerPhotos.find(step.key), step.buyerId, step.to);
  if (!(await repos.buyerPhotos.attach(step.key, step.buyerId, step.to, step.at)))
    throw new DomainError('photo.already_used', {}, ['photo']);
  if (!(await store.publish(step.key))) throw new DomainError('photo.not_yours', {}, ['photo']);
}
