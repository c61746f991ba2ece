import { PRODUCTS, type ProductId, quantityText, unitWord } from '@nongsan/domain';
import {
  format,
  Notice,
  SelectField,
  SubmitButton,
  serverErrorData,
  TextField,
  useFormProblems,
  useLocale,
  useSubmitGuard,
} from '@nongsan/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTRPC } from '../trpc.ts';
import type { OwnListing } from './household-types.ts';
import { listingInputFrom } from './listing-form-input.ts';
import { type ListingPhoto, PhotosField } from './listing-photos.tsx';
import { ProductChoice } from './listing-product-choice.tsx';

const FIELDS = [
  'listing.productId',
  'listing.title',
  'listing.description',
  'listing.unitPrice',
  'listing.stock',
  'listing.minOrder',
  'listing.harvest.from',
  'listing.harvest.until',
  'listing.ocopStars',
  'listing.photos',
] as const;

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
  const [ocopStars, setOcopStars] = useState(listing?.ocopStars ? String(listing.ocopStars) : '');
  const [photos, setPhotos] = useState<ListingPhoto[]>(
    listing ? listing.photos.map((key, i) => ({ key, url: listing.photoUrls[i] ?? key })) : [],
  );
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

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(async () => {
      clear();
      const { input, typedNow } = listingInputFrom(
        {
          productId,
          title,
          description,
          price,
          stock,
          minOrder,
          harvestFrom,
          harvestUntil,
          ocopStars,
          confirmPrice,
        },
        photos.map((p) => p.key),
        unit,
        locale,
      );
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
        await queryClient.invalidateQueries({ queryKey: trpc.listings.mine.pathKey() });
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
      <ProductChoice
        productIds={listing ? [listing.productId] : PRODUCTS.map((p) => p.id)}
        chosen={productId}
        onChoose={pickProduct}
        offSeason={(id) => seasonOf(id) === 'off-season'}
        error={errors.fields['listing.productId']}
      />
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
      <SelectField
        label={t('seller.listing.ocopStars')}
        name="ocopStars"
        placeholder={t('seller.listing.ocopNone')}
        options={[1, 2, 3, 4, 5].map((n) => ({
          value: String(n),
          label: t('seller.listing.ocopOption', { stars: n }),
        }))}
        value={ocopStars}
        onChange={(event) => setOcopStars(event.target.value)}
        error={errors.fields['listing.ocopStars']}
      />
      <TextField
        label={t('seller.listing.description')}
        name="description"
        autoComplete="off"
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        error={errors.fields['listing.description']}
      />
      <PhotosField photos={photos} onChange={setPhotos} error={errors.fields['listing.photos']} />
      <SubmitButton pending={pending} pendingLabel={t('state.sending')}>
        {t(listing ? 'seller.listing.save' : 'seller.listing.publish')}
      </SubmitButton>
    </form>
  );
}
