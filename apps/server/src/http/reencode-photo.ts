import type { PhotoContentType } from '@nongsan/api';
import sharp from 'sharp';

/**
 * The largest picture decoded, in pixels (48 MP: a phone camera's full size; the apps resize before sending). A
 * small file that claims more (a decompression bomb) is refused before it is decoded.
 */
const MAX_INPUT_PIXELS = 48_000_000;

/**
 * The photo as pixels only: decoded and encoded anew in its own format, turned upright by its EXIF orientation, with
 * no metadata kept (no GPS position of the farm, no comments). Whatever else the file carried — HTML after the JPEG's
 * end, a script in a PNG chunk — is not in what is stored and served. Null when the bytes do not decode as an image.
 */
export async function reencodePhoto(bytes: Uint8Array, type: PhotoContentType): Promise<Buffer | null> {
  try {
    const image = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' }).rotate();
    if (type === 'image/png') return await image.png().toBuffer();
    if (type === 'image/webp') return await image.webp({ quality: 82 }).toBuffer();
    return await image.jpeg({ quality: 82, mozjpeg: true }).toBuffer();
  } catch {
    return null;
  }
}
