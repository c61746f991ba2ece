import {
  formatProblem,
  PRODUCTS,
  type ProductId,
  parseQuantityText,
  quantityText,
  unitWord,
} from '@nongsan/domain';
import {
  errorMessage,
  format,
  Notice,
  ProductPicture,
  SubmitButton,
  serverErrorData,
  TextField,
  useFormProblems,
  useLocale,
  useSubmitGuard,
} from '@nongsan/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, type FormEvent, useState } from 'react';
import { useTRPC } from '../trpc.ts';
import type { OwnListing } from './household-types.ts';
import { shrinkPhoto, uploadPhoto } from './photo-shrink.ts';

const FIELDS = [
  'listing.productId',
  'listing.title',
  'listing.description',
  'listing.unitPrice',
  'listing.stock',
  'listing.minOrder',
  'listing.harvest.from',
  'listing.harvest.until',
  'listing.photos',
] as const;

/**
 * "28.000" or "28 000" as typed → 28000; "2,5" → 2.5. An empty field is left out of what is sent (undefined), so the
 * server answers "please fill this in" rather than a wrong-type message.
 */
function parseNumber(text: string): number | undefined {
  const cleaned = text.trim().replace(/[\s.]/g, '').replace(',', '.');
  return cleaned === '' ? undefined : Number(cleaned);
}

export interface ListingFormProps {
  /** For a helper acting for a household; a household leaves it out. */
  readonly householdId?: string | undefined;
  /** The listing to edit; none to create a new one. */
  readonly listing?: OwnListing | undefined;
  readonly onSaved?: ((listing: OwnListing) => void) | undefined;
}

/**
 * Create or edit a listing: the product from the catalog (with its icon), the price suggested from the product's
 * usual range, the quantity in the product's unit, the harvest dates (a pre-order note before the harvest),
 * photos taken on the phone and shrunk before upload. An unusual price asks the seller to confirm it.
 */
export function ListingForm({ householdId, listing, onSaved }: ListingFormProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t, locale } = useLocale();
  const seasons = useQuery(trpc.catalog.seasons.queryOptions());
  const [productId, setProductId] = useState<ProductId | ''>(listing?.productId ?? '');
  const product = PRODUCTS.find((p) => p.id === productId);
  const unit = product?.unit ?? 'kg';
  const [title, setTitle] = useState(listing?.title ?? '');
  const [description, setDescription] = useState(listing?.description ?? '');
  const [price, setPrice] = useState(listing ? String(listing.unitPrice) : '');
  const [stock, setStock] = useState(listing ? quantityText(listing.stock, unit) : '');
  const [minOrder, setMinOrder] = useState(listing ? quantityText(listing.minOrder, unit) : '1');
  const [harvestFrom, setHarvestFrom] = useState(listing?.harvest?.from ?? '');
  const [harvestUntil, setHarvestUntil] = useState(listing?.harvest?.until ?? '');
  const [photos, setPhotos] = useState<{ key: string; url: string }[]>(
    listing ? listing.photos.map((key, i) => ({ key, url: listing.photoUrls[i] ?? key })) : [],
  );
  const [photoBusy, setPhotoBusy] = useState(false);
  const [photoError, setPhotoError] = useState<string | null>(null);
  const [confirmPrice, setConfirmPrice] = useState(false);
  // What the domain's reader of typed quantities says of the stock and minimum boxes at the last submit.
  const [typed, setTyped] = useState<{ stock?: string; minOrder?: string }>({});
  const { submit, pending } = useSubmitGuard();
  const create = useMutation(trpc.listings.create.mutationOptions());
  const update = useMutation(trpc.listings.update.mutationOptions());
  const { errors, failure, showError, clear } = useFormProblems(FIELDS);
  const priceUnusual =
    failure?.kind === 'error' &&
    (serverErrorData(failure.error)?.problems ?? []).some((p) => p.code.startsWith('listing.price_unusual'));
  const today = seasons.data?.today;
  const preOrder = today !== undefined && harvestFrom !== '' && harvestFrom > today;
  const unitText = unitWord(unit, locale);

  function pickProduct(id: ProductId | '') {
    setProductId(id);
    const picked = PRODUCTS.find((p) => p.id === id);
    if (!picked) return;
    if (title.trim() === '') setTitle(picked.name[locale]);
    // The middle of the usual range, rounded to 1.000 ₫: a starting point the seller changes.
    if (price.trim() === '')
      setPrice(String(Math.round((picked.typicalPrice.min + picked.typicalPrice.max) / 2 / 1000) * 1000));
  }

  async function onPhoto(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setPhotoBusy(true);
    setPhotoError(null);
    try {
      const uploaded = await uploadPhoto(await shrinkPhoto(file));
      setPhotos((current) => [...current, uploaded]);
    } catch (error) {
      setPhotoError(errorMessage(error, locale));
    } finally {
      setPhotoBusy(false);
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(async () => {
      clear();
      // "1.500" is 1.500 kg and "1,5" is 1,5 kg, as everywhere (parseQuantityText); a box that is not a quantity
      // says so beside it and nothing is saved. It is sent as missing, so the server (which refuses a listing
      // without stock or minimum) names every other mistake of the form in the same answer, in the form's order.
      const stockRead = parseQuantityText(stock, unit, { allowZero: true, path: ['listing', 'stock'] });
      const minRead = parseQuantityText(minOrder, unit, { path: ['listing', 'minOrder'] });
      // Shown with the server's answer, in one render, so the first error of the form is the one focused.
      const typedNow = {
        ...(stockRead.ok ? {} : { stock: formatProblem(stockRead.error, locale) }),
        ...(minRead.ok ? {} : { minOrder: formatProblem(minRead.error, locale) }),
      };
      const input = {
        productId: productId as ProductId,
        title,
        description,
        // An empty number is sent as missing: the server's check names the field (see parseNumber).
        unitPrice: parseNumber(price) as number,
        stock: (stockRead.ok ? stockRead.quantity : undefined) as number,
        minOrder: (minRead.ok ? minRead.quantity : undefined) as number,
        harvest:
          harvestFrom || harvestUntil ? { from: harvestFrom, until: harvestUntil || harvestFrom } : null,
        photos: photos.map((p) => p.key),
        confirmUnusualPrice: confirmPrice,
      };
      const acting = householdId === undefined ? {} : { householdId };
      try {
        const saved = listing
          ? await update.mutateAsync({
              ...acting,
              listingId: listing.id,
              expectedVersion: listing.version,
              listing: input,
            })
          : await create.mutateAsync({ ...acting, listing: input, publish: true });
        await queryClient.invalidateQueries({ queryKey: trpc.listings.mine.queryKey() });
        setTyped({});
        onSaved?.(saved);
      } catch (error) {
        setTyped(typedNow);
        showError(error);
      }
    });
  }

  const seasonOf = (id: ProductId) => seasons.data?.products.find((p) => p.productId === id)?.phase;

  return (
    <form
      className="ns-form"
      noValidate
      onSubmit={onSubmit}
      aria-label={t(listing ? 'seller.listing.edit' : 'seller.listing.new')}
    >
      {errors.form ? <Notice tone="error">{errors.form}</Notice> : null}
      <fieldset className="ns-products" data-field="productId">
        <legend className="ns-field__label">{t('seller.listing.product')}</legend>
        {/* A listing keeps its product: editing shows only that one, not the whole catalog greyed out. */}
        {(listing ? PRODUCTS.filter((p) => p.id === listing.productId) : PRODUCTS).map((p) => (
          <label key={p.id} className="ns-product-choice">
            <input
              type="radio"
              name="productId"
              value={p.id}
              checked={productId === p.id}
              onChange={() => pickProduct(p.id)}
            />
            <span className="ns-product-choice__icon">
              <ProductPicture productId={p.id} size={28} />
            </span>
            <span>{p.name[locale]}</span>
            {seasonOf(p.id) === 'off-season' ? (
              <span className="ns-badge ns-badge--muted">{t('seller.listing.outOfSeason')}</span>
            ) : null}
          </label>
        ))}
        <p className="ns-field__error" role={errors.fields['listing.productId'] ? 'alert' : undefined}>
          {errors.fields['listing.productId'] ?? ''}
        </p>
      </fieldset>
      <TextField
        label={t('seller.listing.title')}
        name="title"
        autoComplete="off"
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        error={errors.fields['listing.title']}
      />
      <TextField
        label={t('seller.listing.price', { unit: unitText })}
        name="unitPrice"
        inputMode="numeric"
        autoComplete="off"
        hint={
          product
            ? t('seller.listing.priceHint', {
                min: format.money(product.typicalPrice.min),
                max: format.money(product.typicalPrice.max),
                unit: unitText,
              })
            : undefined
        }
        value={price}
        onChange={(event) => {
          setPrice(event.target.value);
          setConfirmPrice(false);
        }}
        error={errors.fields['listing.unitPrice']}
      />
      {priceUnusual || confirmPrice ? (
        <label className="ns-check">
          <input
            type="checkbox"
            name="confirmUnusualPrice"
            checked={confirmPrice}
            onChange={(event) => setConfirmPrice(event.target.checked)}
          />
          {t('seller.listing.confirmPrice')}
        </label>
      ) : null}
      <TextField
        label={t('seller.listing.stock', { unit: unitText })}
        name="stock"
        inputMode="decimal"
        autoComplete="off"
        value={stock}
        onChange={(event) => setStock(event.target.value)}
        error={typed.stock ?? errors.fields['listing.stock']}
      />
      <TextField
        label={t('seller.listing.minOrder', { unit: unitText })}
        name="minOrder"
        inputMode="decimal"
        autoComplete="off"
        value={minOrder}
        onChange={(event) => setMinOrder(event.target.value)}
        error={typed.minOrder ?? errors.fields['listing.minOrder']}
      />
      <TextField
        label={t('seller.listing.harvestFrom')}
        name="harvestFrom"
        type="date"
        value={harvestFrom}
        onChange={(event) => setHarvestFrom(event.target.value)}
        error={errors.fields['listing.harvest.from']}
      />
      <TextField
        label={t('seller.listing.harvestUntil')}
        name="harvestUntil"
        type="date"
        value={harvestUntil}
        onChange={(event) => setHarvestUntil(event.target.value)}
        error={errors.fields['listing.harvest.until']}
      />
      {preOrder ? <Notice tone="info">{t('seller.listing.preOrderNote')}</Notice> : null}
      <TextField
        label={t('seller.listing.description')}
        name="description"
        autoComplete="off"
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        error={errors.fields['listing.description']}
      />
      <div className="ns-field" data-field="photos">
        <label className="ns-field__label">
          {t('seller.listing.photos')}
          <input
            type="file"
            accept="image/*"
            capture="environment"
            disabled={photoBusy}
            onChange={(event) => void onPhoto(event)}
          />
        </label>
        {photoBusy ? <p className="ns-muted">{t('seller.listing.photoUploading')}</p> : null}
        <ul className="ns-photos">
          {photos.map((photo) => (
            <li key={photo.key}>
              <img src={photo.url} alt="" width={72} height={72} />
              <button
                type="button"
                className="ns-button"
                onClick={() => setPhotos((current) => current.filter((p) => p.key !== photo.key))}
              >
                {t('seller.listing.photoRemove')}
              </button>
            </li>
          ))}
        </ul>
        <p className="ns-field__error" role={photoError ? 'alert' : undefined}>
          {photoError ?? errors.fields['listing.photos'] ?? ''}
        </p>
      </div>
      <SubmitButton pending={pending} pendingLabel={t('state.sending')}>
        {t(listing ? 'seller.listing.save' : 'seller.listing.publish')}
      </SubmitButton>
    </form>
  );
}
