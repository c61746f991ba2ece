import { PRODUCTS, type ProductId } from '@nongsan/domain';
import { ProductPicture, useLocale } from '@nongsan/ui';

/**
 * The listing form's product: one radio per product of the catalog (with its picture), marked when out of season;
 * a listing being edited shows only its own product (it keeps it), not the whole catalog greyed out.
 */
export function ProductChoice({
  productIds,
  chosen,
  onChoose,
  offSeason,
  error,
}: {
  productIds: readonly ProductId[];
  chosen: ProductId | '';
  onChoose: (id: ProductId) => void;
  offSeason: (id: ProductId) => boolean;
  error: string | undefined;
}) {
  const { t, locale } = useLocale();
  return (
    <fieldset className="ns-products" data-field="productId">
      <legend className="ns-field__label">{t('seller.listing.product')}</legend>
      {PRODUCTS.filter((p) => productIds.includes(p.id)).map((p) => (
        <label key={p.id} className="ns-product-choice">
          <input
            type="radio"
            name="productId"
            value={p.id}
            checked={chosen === p.id}
            onChange={() => onChoose(p.id)}
          />
          <span className="ns-product-choice__icon">
            <ProductPicture productId={p.id} size={28} />
          </span>
          <span>{p.name[locale]}</span>
          {offSeason(p.id) ? (
            <span className="ns-badge ns-badge--muted">{t('seller.listing.outOfSeason')}</span>
          ) : null}
        </label>
      ))}
      <p className="ns-field__error" role={error ? 'alert' : undefined}>
        {error ?? ''}
      </p>
    </fieldset>
  );
}
