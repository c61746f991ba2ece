import type { Clock } from '@nongsan/api';
import { PHOTO_LIMITS, PhotoStore, SESSION_COOKIE, sniffImageType, userForSessionToken } from '@nongsan/api';
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

/**
 * `POST /photos` (multipart, one file field): a seller or helper uploads a listing photo before saving the listing;
 * the answer's `key` goes into the listing's `photos`. JPEG, PNG or WebP (checked from the bytes), at most 2 MB,
 * stored re-encoded (pixels only).
 */
export async function registerPhotoRoutes(app: FastifyInstance, deps: PhotoRouteDeps): Promise<void> {
  const store = new PhotoStore(deps.config.photosDir);

  app.post('/photos', async (request, reply) => {
    const raw = request.cookies[SESSION_COOKIE];
    const unsigned = raw === undefined ? null : request.unsignCookie(raw);
    const user = await userForSessionToken(deps, unsigned?.valid ? unsigned.value : null);
    if (!user) return reply.code(401).send(errorBody('auth.unauthenticated', {}, 401, 'UNAUTHORIZED'));
    if (user.role !== 'seller' && user.role !== 'helper') {
      return reply.code(403).send(errorBody('auth.forbidden', { role: user.role }, 403, 'FORBIDDEN'));
    }
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
    const photo = await store.save(pixels, type);
    return reply.code(201).send({ ...photo, url: `/photos/${photo.key}` });
  });
}
