import type { RouterOutputs } from '@nongsan/api';
import { formatProblem, getProduct, isDomainError, listingPreview } from '@nongsan/domain';
import {
  AppBar,
  CardListSkeleton,
  errorMessage,
  format,
  ImageBox,
  Notice,
  Page,
  useLocale,
} from '@nongsan/ui';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, lazy, Suspense, useState } from 'react';
import { Link } from 'wouter';
import { cartFacts } from '../cart/cart-facts.ts';
import { cart, useCart } from '../cart/cart-store.ts';
import { itemValue, lineIssue } from '../cart/shop-orders.ts';
import { lineIssueText } from '../line-issue-text.ts';
import { QuantityInput } from '../quantity-input.tsx';
import { ShareButton } from '../share-button.tsx';
import { useTRPC } from '../trpc.ts';

// The shop's rating and latest reviews load after the listing, on their own.
const ShopReviews = lazy(() => import('../reviews/shop-reviews.tsx'));

type Listing = RouterOutputs['listings']['get'];

function AddToCart({ listing }: { listing: Listing }) {
  const { t, locale } = useLocale();
  const inCart = useCart().find((item) => item.listingId === listing.id)?.quantity ?? 0;
  const [quantity, setQuantity] = useState(listing.minOrder);
  const [added, setAdded] = useState<number | null>(null);
  // The domain refused to add (a full cart): its words, in the buyer's language.
  const [refusal, setRefusal] = useState<string | null>(null);
  // What is typed in the box is not a quantity ("-2", "abc", nothing): the box says why; nothing is added.
  const [textValid, setTextValid] = useState(true);
  // The limits hold for what the buyer will have in the cart after adding, not only for this tap.
  const issue = lineIssue({ ...listing, quantity: inCart + quantity });
  const issueText = lineIssueText(issue, listing.unit, locale, t);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (issue || !textValid) return;
    try {
      cart.add({ ...cartFacts(listing), quantity });
    } catch (error) {
      if (!isDomainError(error)) throw error;
      setRefusal(formatProblem(error, locale));
      setAdded(null);
      return;
    }
    setRefusal(null);
    setAdded(quantity);
  }

  return (
    <form className="ns-form" noValidate onSubmit={onSubmit}>
      <QuantityInput
        value={quantity}
        unit={listing.unit}
        min={listing.minOrder}
        onChange={(next) => {
          setQuantity(next);
          setAdded(null);
        }}
        onTextValid={(valid) => {
          setTextValid(valid);
          if (!valid) setAdded(null);
        }}
        error={issueText}
      />
      {inCart > 0 ? (
        <p className="ns-muted">
          {/* "The limit counts this too" only where there is a per-buyer limit to count. */}
          {t(listing.perBuyerCap === null ? 'buyer.listing.inCartNoCap' : 'buyer.listing.inCart', {
            quantity: format.quantity(inCart, listing.unit, locale),
          })}
        </p>
      ) : null}
      <p className="buyer-value">
        {t('buyer.listing.value', {
          amount: format.money(itemValue({ unitPrice: listing.unitPrice, quantity, unit: listing.unit })),
        })}
      </p>
      <button type="submit" className="ns-button ns-button--primary" disabled={issue !== null}>
        {t('buyer.listing.addToCart')}
      </button>
      <div className="buyer-added" aria-live="polite">
        {refusal !== null ? (
          <p className="ns-field__error" role="alert">
            {refusal}
          </p>
        ) : null}
        {added !== null ? (
          <>
            <span>
              {t('buyer.listing.added', { quantity: format.quantity(added, listing.unit, locale) })}
            </span>{' '}
            <Link href="/cart" className="buyer-tap-link">
              {t('buyer.listing.viewCart')}
            </Link>
          </>
        ) : null}
      </div>
    </form>
  );
}

/** One listing: the facts a buyer decides on, and the quantity to put in the cart. */
export default function ListingPage({ listingId }: { listingId: string }) {
  const trpc = useTRPC();
  const { t, locale } = useLocale();
  const listing = useQuery(trpc.listings.get.queryOptions({ listingId }));
  const back = (
    <Link href="/" className="ns-appbar__action" aria-label={t('nav.back')}>
      ←
    </Link>
  );

  if (listing.isPending) {
    return (
      <>
        <AppBar title={t('app.buyer.title')} start={back} />
        <Page>
          <CardListSkeleton count={1} label={t('state.loading')} />
        </Page>
      </>
    );
  }
  if (listing.isError) {
    return (
      <>
        <AppBar title={t('app.buyer.title')} start={back} />
        <Page>
          <Notice tone="error">{errorMessage(listing.error, locale)}</Notice>
        </Page>
      </>
    );
  }

  const item = listing.data;
  const product = getProduct(item.productId);
  const preview = listingPreview(item, {
    shopName: item.shopName ?? '',
    villageName: item.villageName ?? '',
  });
  return (
    <>
      <AppBar title={product.name[locale]} start={back} />
      <Page heading={item.title}>
        <div className="buyer-listing-head">
          <ImageBox
            src={item.photoUrls[0]}
            alt={product.name[locale]}
            fallbackIcon={product.icon}
            productId={product.id}
            size={120}
          />
          <div className="ns-card__body">
            <p className="ns-card__price">{format.unitPrice(item.unitPrice, item.unit, locale)}</p>
            <span className={item.phase === 'in-season' ? 'ns-badge' : 'ns-badge ns-badge--muted'}>
              {item.effectiveStatus === 'sold_out' ? t('listing.soldOut') : t(`listing.phase.${item.phase}`)}
            </span>
            <p>
              <Link href={`/shops/${encodeURIComponent(item.shopId)}`} className="buyer-tap-link">
                {t('listing.byShop', { shop: item.shopName ?? '', village: item.villageName ?? '' })}
              </Link>
            </p>
            <Suspense fallback={null}>
              <ShopReviews shopId={item.shopId} latest={0} />
            </Suspense>
          </div>
        </div>
        <ul className="buyer-facts">
          <li>{t('listing.stockLeft', { quantity: format.quantity(item.stock, item.unit, locale) })}</li>
          <li>{t('listing.minOrder', { quantity: format.quantity(item.minOrder, item.unit, locale) })}</li>
          {item.perBuyerCap !== null ? (
            <li>
              {t('buyer.listing.cap', { quantity: format.quantity(item.perBuyerCap, item.unit, locale) })}
            </li>
          ) : null}
          {item.harvest && !item.preOrder ? (
            <li>{t('listing.harvestFrom', { date: format.localDate(item.harvest.from, locale) })}</li>
          ) : null}
        </ul>
        {item.preOrder ? (
          <Notice tone="info">
            {item.harvest
              ? t('buyer.listing.preOrder', { date: format.localDate(item.harvest.from, locale) })
              : t('buyer.listing.preOrderSoon')}
          </Notice>
        ) : null}
        {item.description ? <p>{item.description}</p> : null}
        <ShareButton title={preview.title} text={preview.description} />
        {item.orderable ? (
          <AddToCart listing={item} />
        ) : (
          <Notice tone="info">{t('buyer.listing.notOrderable')}</Notice>
        )}
        <Suspense fallback={null}>
          <ShopReviews shopId={item.shopId} latest={3} summary={false} />
        </Suspense>
      </Page>
    </>
  );
}
