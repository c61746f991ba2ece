import type { AppRouter } from '@nongsan/server';
import { AppBar, CardListSkeleton, errorMessage, format, Notice, Page, useLocale } from '@nongsan/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useTRPC } from '../trpc.ts';

type User = NonNullable<inferRouterOutputs<AppRouter>['auth']['me']['user']>;

/** A household's own listings, as they stand (the listing screens of issue 5 build on this). */
function MyListings() {
  const trpc = useTRPC();
  const { t, locale } = useLocale();
  const listings = useQuery(trpc.listings.mine.queryOptions({}));
  if (listings.isPending) return <CardListSkeleton count={3} label={t('state.loading')} />;
  if (listings.isError) return <Notice tone="error">{errorMessage(listings.error, locale)}</Notice>;
  if (listings.data.length === 0) return <p className="ns-muted">{t('state.empty')}</p>;
  return (
    <ul className="ns-cards">
      {listings.data.map((listing) => (
        <li key={listing.id} className="ns-card">
          <div className="ns-card__body">
            <h3 className="ns-card__title">{listing.title}</h3>
            <span className="ns-card__price">
              {format.unitPrice(listing.unitPrice, listing.unit, locale)}
            </span>
            <span>
              {t('listing.stockLeft', { quantity: format.quantity(listing.stock, listing.unit, locale) })}
            </span>
            <span className="ns-badge">{t(`listing.status.${listing.effectiveStatus}`)}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}

/** The signed-in start screen: who is signed in, and for a household its listings. */
export default function HomePage({ user }: { user: User }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t } = useLocale();
  const logout = useMutation(
    trpc.auth.logout.mutationOptions({
      onSuccess: () => queryClient.setQueryData(trpc.auth.me.queryKey(), { user: null }),
    }),
  );
  return (
    <>
      <AppBar
        title={t('app.seller.title')}
        end={
          <button
            type="button"
            className="ns-appbar__action"
            disabled={logout.isPending}
            onClick={() => logout.mutate()}
          >
            {t('signIn.signOut')}
          </button>
        }
      />
      <Page heading={t('signIn.welcome', { name: user.displayName })}>
        <p className="ns-muted">{t(`role.${user.role}`)}</p>
        {user.role === 'seller' ? (
          <section>
            <h3>{t('listing.mine')}</h3>
            <MyListings />
          </section>
        ) : null}
      </Page>
    </>
  );
}
