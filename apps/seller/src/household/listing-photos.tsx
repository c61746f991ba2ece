import { errorMessage, shrinkPhoto, uploadPhoto, useLocale } from '@nongsan/ui';
import { type ChangeEvent, useState } from 'react';

/** A photo of a listing once uploaded: its storage key (what the listing saves) and where to show it. */
export interface ListingPhoto {
  readonly key: string;
  readonly url: string;
}

/**
 * The listing form's photos: taken on the phone, shrunk before upload (`@nongsan/ui`'s `shrinkPhoto`), each removable. The
 * upload's own failure shows here; `error` is what the server said of the photos when the form was sent.
 */
export function PhotosField({
  photos,
  onChange,
  error,
}: {
  photos: readonly ListingPhoto[];
  onChange: (update: (current: ListingPhoto[]) => ListingPhoto[]) => void;
  error: string | undefined;
}) {
  const { t, locale } = useLocale();
  const [busy, setBusy] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);

  async function onPhoto(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    setUploadError(null);
    try {
      const { key, url } = await uploadPhoto(await shrinkPhoto(file));
      // A seller's photo is served at once, at its key.
      onChange((current) => [...current, { key, url: url ?? `/photos/${key}` }]);
    } catch (failure) {
      setUploadError(errorMessage(failure, locale));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="ns-field" data-field="photos">
      <label className="ns-field__label">
        {t('seller.listing.photos')}
        <input
          type="file"
          accept="image/*"
          capture="environment"
          disabled={busy}
          onChange={(event) => void onPhoto(event)}
        />
      </label>
      {busy ? <p className="ns-muted">{t('seller.listing.photoUploading')}</p> : null}
      <ul className="ns-photos">
        {photos.map((photo) => (
          <li key={photo.key}>
            <img src={photo.url} alt="" width={72} height={72} />
            <button
              type="button"
              className="ns-button"
              onClick={() => onChange((current) => current.filter((p) => p.key !== photo.key))}
            >
              {t('seller.listing.photoRemove')}
            </button>
          </li>
        ))}
      </ul>
      <p className="ns-field__error" role={uploadError ? 'alert' : undefined}>
        {uploadError ?? error ?? ''}
      </p>
    </div>
  );
}
