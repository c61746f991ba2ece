import { originLabelPath } from '@nongsan/domain';
import { AppBar, CardListSkeleton, errorMessage, Notice, Page, useLocale } from '@nongsan/ui';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { OriginFacts } from '../origin/origin-facts.tsx';
import { useTRPC } from '../trpc.ts';
import '../origin/origin.css';

/**
 * A listing's origin page (`/origin/:listingId`), what its QR label opens: the product, the household that grows
 * it, its village and commune, the harvest date and the OCOP stars where the household entered them. Shared links
 * preview it (the server puts the card's tags in the page).
 */
export default function OriginPage({ listingId }: { listingId: string }) {
  const trpc = useTRPC();
  const { t, locale } = useLocale();
  const origin = useQuery(trpc.listings.origin.queryOptions({ listingId }));
  return (
    <>
      <AppBar title={t('buyer.origin.title')} />
      <Page heading={origin.data?.title ?? t('buyer.origin.title')}>
        {origin.isPending ? (
          <CardListSkeleton count={1} label={t('state.loading')} />
        ) : origin.isError ? (
          <Notice tone="error">{errorMessage(origin.error, locale)}</Notice>
        ) : (
          <>
            <OriginFacts origin={origin.data} />
            <p className="buyer-origin-actions">
              <Link className="ns-button ns-button--primary" href={`/listings/${origin.data.listingId}`}>
                {t('buyer.origin.order')}
              </Link>
              <Link className="ns-button" href={`/shops/${encodeURIComponent(origin.data.shopId)}`}>
                {t('buyer.origin.shop')}
              </Link>
              <a className="ns-button" href={originLabelPath(origin.data.listingId)}>
                {t('buyer.origin.label')}
              </a>
            </p>
          </>
        )}
      </Page>
    </>
  );
}
