import { getProduct } from '@nongsan/domain';
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
import { Link } from 'wouter';
import { useTRPC } from '../trpc.ts';

/** One listing: the facts a buyer decides on. Ordering (cart, checkout) comes with issue 6's next screens. */
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
  return (
    <>
      <AppBar title={product.name[locale]} start={back} />
      <Page heading={item.title}>
        <ImageBox src={item.photoUrls[0]} alt={product.name[locale]} fallbackIcon={product.icon} size={160} />
        <p className="ns-card__price">{format.unitPrice(item.unitPrice, item.unit, locale)}</p>
        <p>{t('listing.byShop', { shop: item.shopName ?? '', village: item.villageName ?? '' })}</p>
        <p>{t('listing.stockLeft', { quantity: format.quantity(item.stock, item.unit, locale) })}</p>
        <p>{t('listing.minOrder', { quantity: format.quantity(item.minOrder, item.unit, locale) })}</p>
        {item.preOrder && item.harvest ? (
          <Notice tone="info">
            {t('listing.harvestFrom', { date: format.localDate(item.harvest.from, locale) })}
          </Notice>
        ) : null}
        <span className={item.phase === 'in-season' ? 'ns-badge' : 'ns-badge ns-badge--muted'}>
          {t(`listing.phase.${item.phase}`)}
        </span>
        {item.description ? <p>{item.description}</p> : null}
      </Page>
    </>
  );
}
