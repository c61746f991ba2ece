import type { Clock } from '@nongsan/api';
import {
  BuyerPhotosService,
  PHOTO_LIMITS,
  PhotoStore,
  SESSION_COOKIE,
  sniffImageType,
  userForSessionToken,
} from '@nongsan/api';
import type { Database, DialectName } from '@nongsan/db';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { errorBody } from './error-body.ts';
import { reencodePhoto } from './reencode-photo.ts';

interface PhotoRouteDeps {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  readonly clock: Clock;
  readonly config: { readonly photosDir: string };
}

/** Who may upload: sellers and helpers (listing photos), buyers (a photo for their review or complaint). */
const UPLOADERS: readonly string[] = ['seller', 'helper', 'buyer'];

/**
 * `POST /photos` (multipart, one file field), answered `201 { key, contentType, byteSize, url }`. JPEG, PNG or
 * WebP (checked from the bytes, else 415 `photo.unsupported_type`), at most 2 MB (else 413 `photo.too_large`),
 * stored re-encoded (pixels only), under the server's rate limit.
 * - A seller or helper uploads a listing photo before saving the listing; the `key` goes into the listing's
 *   `photos` and the photo is served at `url` (`/photos/<key>`) at once.
 * - A buyer uploads a photo of what arrived; it waits unserved (`url: null`) and only they may attach it, once, by
 *   sending its `key` as the `photo` of `reviews.create` (or a complaint); from then on it is served at
 *   `/photos/<key>`.
 */
export async function registerPhotoRoutes(app: FastifyInstance, deps: PhotoRouteDeps): Promise<void> {
  const store = new PhotoStore(deps.config.photosDir);

  app.post('/photos', async (request, reply) => {
    const raw = request.cookies[SESSION_COOKIE];
    const unsigned = raw === undefined ? null : request.unsignCookie(raw);
    const user = await userForSessionToken(deps, unsigned?.valid ? unsigned.value : null);
    if (!user) return reply.code(401).send(errorBody('auth.unauthenticated', {}, 401, 'UNAUTHORIZED'));
    if (!UPLOADERS.includes(user.role)) {
      return reply.code(403).send(errorBody('auth.forbidden', { role: user.role }, 403, 'FORBIDDEN'));
    }
    const buyerPhotos = user.role === 'buyer' ? new BuyerPhotosService(deps, store) : null;
    if (!request.isMultipart()) {
      return reply.code(400).send(errorBody('photo.missing', {}, 400, 'BAD_REQUEST'));
    }
    const file = await request.file();
    if (!file) return reply.code(400).send(errorBody('photo.missing', {}, 400, 'BAD_REQUEST'));
    let bytes: Buffer;
    try {
      bytes = await file.toBuffer();
    } catch (error) {
      if (error instanceof app.multipartErrors.RequestFileTooLargeError) {
        return reply
          .code(413)
          .send(errorBody('photo.too_large', { maxMb: PHOTO_LIMITS.maxMb }, 413, 'PAYLOAD_TOO_LARGE'));
      }
      throw error;
    }
    const type = sniffImageType(bytes);
    // Only the pixels are kept: a JPEG with HTML after it is stored and served as the JPEG alone.
    const pixels = type === null ? null : await reencodePhoto(bytes, type);
    if (type === null || pixels === null) {
      return reply.code(415).send(errorBody('photo.unsupported_type', {}, 415, 'UNSUPPORTED_MEDIA_TYPE'));
    }
    if (buyerPhotos) {
      const photo = await buyerPhotos.save(user.id, pixels, type);
      return reply.code(201).send({ ...photo, url: null });
    }
    const photo = await store.save(pixels, type);
    return reply.code(201).send({ ...photo, url: `/photos/${photo.key}` });
  });
}
