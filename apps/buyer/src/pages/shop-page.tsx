import type { RouterOutputs } from '@nongsan/api';
import { formatPhone, getProduct } from '@nongsan/domain';
import { AppBar, CardListSkeleton, errorMessage, ImageBox, Notice, Page, useLocale } from '@nongsan/ui';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { Link } from 'wouter';
import { HarvestMonths } from '../harvest-months.tsx';
import { ListingCard } from '../listing-card.tsx';
import { ShareButton } from '../share-button.tsx';
import { useTRPC } from '../trpc.ts';

type Storefront = RouterOutputs['shop']['storefront'];

// The shop's rating and reviews load after its page, on their own.
const ShopReviews = lazy(() => import('../reviews/shop-reviews.tsx'));

/** Call and Zalo, a thumb's width each: most buyers ask the household before ordering. */
function Contact({ contact }: { contact: NonNullable<Storefront['contact']> }) {
  const { t } = useLocale();
  return (
    <div className="buyer-shop-contact">
      <a className="ns-button ns-button--primary" href={contact.call}>
        {t('buyer.shop.call', { phone: formatPhone(contact.phone) })}
      </a>
      <a className="ns-button" href={contact.zalo} target="_blank" rel="noopener noreferrer">
        {t('buyer.shop.zalo')}
      </a>
    </div>
  );
}

/**
 * A shop's page (`/shops/:id`): where it is, how to call or message it, what it sells in season now, and the months
 * its products are picked. Shared links to it preview the shop (the server puts the card's tags in the page).
 */
export default function ShopPage({ shopId }: { shopId: string }) {
  const trpc = useTRPC();
  const { t, locale } = useLocale();
  const front = useQuery(trpc.shop.storefront.queryOptions({ shopId }));
  const back = (
    <Link href="/" className="ns-appbar__action" aria-label={t('nav.back')}>
      ←
    </Link>
  );
  if (front.isPending || front.isError) {
    return (
      <>
        <AppBar title={t('app.buyer.title')} start={back} />
        <Page>
          {front.isPending ? (
            <CardListSkeleton count={2} label={t('state.loading')} />
          ) : (
            <Notice tone="error">{errorMessage(front.error, locale)}</Notice>
          )}
        </Page>
      </>
    );
  }

  const { shop, contact, listings, calendar, preview, today } = front.data;
  const thisMonth = Number(today.slice(5, 7));
  return (
    <>
      <AppBar title={shop.name} start={back} />
      <Page heading={shop.name}>
        <p className="ns-muted">{t('buyer.shop.village', { village: shop.villageName })}</p>
        {shop.description ? <p>{shop.description}</p> : null}
        <Suspense fallback={null}>
          <ShopReviews shopId={shop.id} latest={0} />
        </Suspense>
        {contact ? <Contact contact={contact} /> : null}
        <ShareButton title={preview.title} text={preview.description} />
        {shop.status !== 'open' ? <Notice tone="info">{t('buyer.shop.paused')}</Notice> : null}
        <h3>{t('buyer.shop.inSeason')}</h3>
        {listings.length > 0 ? (
          <ul className="ns-cards">
            {listings.map((listing) => (
              <ListingCard key={listing.id} listing={listing} />
            ))}
          </ul>
        ) : (
          <p className="ns-muted">{t('buyer.shop.nothingNow')}</p>
        )}
        {calendar.length > 0 ? (
          <>
            <h3>{t('buyer.shop.calendar')}</h3>
            <ul className="ns-cards">
              {calendar.map((row) => {
                const product = getProduct(row.productId);
                return (
                  <li key={row.productId} className="buyer-season">
                    <div className="buyer-season__head">
                      <span aria-hidden="true" className="buyer-season__icon">
                        <ImageBox
                          src={undefined}
                          alt=""
                          fallbackIcon={product.icon}
                          productId={product.id}
                          size={36}
                        />
                      </span>
                      <h4 className="ns-card__title">{product.name[locale]}</h4>
                    </div>
                    <HarvestMonths harvestMonths={row.harvestMonths} thisMonth={thisMonth} />
                  </li>
                );
              })}
            </ul>
          </>
        ) : null}
        <Suspense fallback={null}>
          <ShopReviews shopId={shop.id} summary={false} />
        </Suspense>
      </Page>
    </>
  );
}
