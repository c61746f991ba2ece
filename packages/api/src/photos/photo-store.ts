import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PHOTO_KEY_PATTERN } from '@nongsan/domain';
import { newId } from '../ids.ts';

/** What a listing photo may be: JPEG, PNG or WebP, at most 2 MB (photos from a phone camera, resized by the app). */
export const PHOTO_LIMITS = { maxBytes: 2 * 1024 * 1024, maxMb: 2 } as const;

export const PHOTO_TYPES = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
} as const;
export type PhotoContentType = keyof typeof PHOTO_TYPES;

/** A stored photo: its key (the file name under the photos folder, also its URL under `/photos/`). */
export interface StoredPhoto {
  readonly key: string;
  readonly contentType: PhotoContentType;
  readonly byteSize: number;
}

/**
 * The type of an image from its first bytes, never from the name or the header the client sent: a file renamed
 * to .jpg is still not a JPEG.
 */
export function sniffImageType(bytes: Uint8Array): PhotoContentType | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  return null;
}

const TYPE_BY_EXTENSION: Record<string, PhotoContentType> = {
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
};

/**
 * The folder, under the photos folder, where buyers' photos wait until they are attached to a review or complaint.
 * The host does not serve it (`/photos/pending/…` is not found), so a waiting photo is seen by nobody.
 */
export const PENDING_PHOTOS_FOLDER = 'pending';

/**
 * Photos on disk under the data folder: listing photos, served at once, and buyers' photos, which wait in
 * `pending/` until `publish`. Names are new ids, so a file never changes once written.
 */
export class PhotoStore {
  constructor(private readonly dir: string) {}

  /** Writes an image already checked by `sniffImageType`; `pending` keeps it unserved until `publish`. */
  async save(
    bytes: Uint8Array,
    contentType: PhotoContentType,
    options: { readonly pending?: boolean } = {},
  ): Promise<StoredPhoto> {
    const dir = options.pending ? join(this.dir, PENDING_PHOTOS_FOLDER) : this.dir;
    await mkdir(dir, { recursive: true });
    const key = `${newId('ph')}.${PHOTO_TYPES[contentType]}`;
    await writeFile(join(dir, key), bytes, { flag: 'wx' });
    return { key, contentType, byteSize: bytes.byteLength };
  }

  /**
   * Moves a waiting photo where it is served. False when no such photo waits (its key is not ours, or it was
   * published already or never stored).
   */
  async publish(key: string): Promise<boolean> {
    if (!PHOTO_KEY_PATTERN.test(key)) return false;
    try {
      await rename(join(this.dir, PENDING_PHOTOS_FOLDER, key), join(this.dir, key));
      return true;
    } catch {
      return false;
    }
  }

  /** The stored photo a key names, or null when the key is not one of ours or the file is not there. */
  async find(key: string): Promise<StoredPhoto | null> {
    if (!PHOTO_KEY_PATTERN.test(key)) return null;
    const extension = key.slice(key.lastIndexOf('.') + 1);
    const contentType = TYPE_BY_EXTENSION[extension];
    if (!contentType) return null;
    try {
      const info = await stat(join(this.dir, key));
      return info.isFile() ? { key, contentType, byteSize: info.size } : null;
    } catch {
      return null;
    }
  }
}
