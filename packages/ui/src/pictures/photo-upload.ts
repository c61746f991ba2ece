/** The longest side of a photo after shrinking: sharp on a phone, a few hundred KB on a village network. */
export const PHOTO_MAX_SIDE = 1280;

/**
 * Shrinks a photo taken on the phone in the browser before it is sent: drawn on a canvas no larger than
 * `PHOTO_MAX_SIDE` on its longest side and saved as JPEG, so a 4 MB camera picture uploads as ~200 KB.
 */
export async function shrinkPhoto(file: Blob, maxSide = PHOTO_MAX_SIDE): Promise<Blob> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
  const width = Math.round(bitmap.width * scale);
  const height = Math.round(bitmap.height * scale);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('canvas.toBlob gave nothing'))),
      'image/jpeg',
      0.82,
    );
  });
}

/**
 * Uploads a shrunk photo to the server's `POST /photos`; returns its key (what a listing's `photos` or a review's
 * `photo` takes) and its URL: a seller's photo is served at once, a buyer's (`url: null`) once it is attached.
 */
export async function uploadPhoto(photo: Blob): Promise<{ key: string; url: string | null }> {
  const body = new FormData();
  body.append('file', photo, 'photo.jpg');
  const response = await fetch('/photos', { method: 'POST', body, credentials: 'same-origin' });
  const reply = (await response.json()) as { key?: string; url?: string | null; error?: unknown };
  // The error is in the apps' shape (`{ error: { data } }`): `errorMessage` reads it like a tRPC error.
  if (!response.ok || !reply.key) throw reply.error ?? reply;
  return { key: reply.key, url: reply.url ?? null };
}
