import { originLabelPath } from '@nongsan/domain';
import { AppBar, CardListSkeleton, errorMessage, Notice, Page, useLocale } from '@nongsan/ui';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'wouter';
import { useTRPC } from '../trpc.ts';
import { ListingForm } from './listing-form.tsx';

/** A new listing (`/listings/new`) or one of the shop's listings to edit. */
export default function ListingPage({
  listingId,
  householdId,
}: {
  listingId: string;
  /** The household a helper acts for (a household's own seller names none). */
  householdId?: string | undefined;
}) {
  const trpc = useTRPC();
  const { t, locale } = useLocale();
  const [, navigate] = useLocation();
  const isNew = listingId === 'new';
  // The listing itself, read fresh each time the form opens (the shop's list is paged, and may not hold it).
  const listings = useQuery({
    ...trpc.listings.get.queryOptions({ listingId }),
    enabled: !isNew,
    staleTime: 0,
  });
  const listing = listings.data;
  const back = (
    <Link href="/listings" className="ns-appbar__action">
      {t('nav.back')}
    </Link>
  );
  return (
    <>
      <AppBar title={t(isNew ? 'seller.listing.new' : 'seller.listing.edit')} start={back} />
      <Page>
        {isNew ? (
          <ListingForm householdId={householdId} onSaved={() => navigate('/listings')} />
        ) : listings.isPending ? (
          <CardListSkeleton count={1} label={t('state.loading')} />
        ) : listings.isError ? (
          <Notice tone="error">{errorMessage(listings.error, locale)}</Notice>
        ) : listing ? (
          <>
            {listing.status === 'draft' ? null : (
              // The printable label with the QR code of the listing's public origin page (the buyer app's).
              <p>
                <a className="ns-button" href={originLabelPath(listing.id)} target="_blank" rel="noopener">
                  {t('seller.listing.printLabel')}
                </a>
              </p>
            )}
            <ListingForm
              key={listing.version}
              householdId={householdId}
              listing={listing}
              onSaved={() => navigate('/listings')}
            />
          </>
        ) : (
          <Notice tone="error">{t('error.notFound')}</Notice>
        )}
      </Page>
    </>
  );
}
