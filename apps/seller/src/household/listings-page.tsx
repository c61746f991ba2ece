import {
  getProduct,
  type ListingStatus,
  type ListingStatusAction,
  listingAfterWaiting,
  listingStanding,
  standingOrderable,
} from '@nongsan/domain';
import {
  AppBar,
  CardListSkeleton,
  errorMessage,
  format,
  ImageBox,
  Notice,
  Page,
  ShowMoreButton,
  useLocale,
  useSubmitGuard,
} from '@nongsan/ui';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { Link } from 'wouter';
import { sendNowOrWait } from '../offline/send-step.ts';
import {
  forgetStep,
  listingChange,
  useWaitingListingSteps,
  type WaitingListingStep,
} from '../offline/step-queue.ts';
import { useTRPC, useTRPCClient } from '../trpc.ts';
import type { OwnListing } from './household-types.ts';
import { ListingStockForm } from './listing-stock-form.tsx';

/** What a seller may do with a listing as it stands now (or will, once the steps waiting are sent). */
function actionsFor(status: ListingStatus): ListingStatusAction[] {
  switch (status) {
    case 'active':
      return ['pause', 'mark_sold_out'];
    case 'paused':
      return ['resume'];
    case 'draft':
      return ['publish'];
    default:
      return [];
  }
}

const ACTION_LABEL = {
  publish: 'seller.listing.publish',
  pause: 'seller.listing.pause',
  resume: 'seller.listing.resume',
  mark_sold_out: 'seller.listing.soldOut',
  end: 'seller.listing.pause',
} as const;

/** The steps of this listing made without a signal: waiting to be sent, or refused by the server with why. */
function WaitingListingSteps({
  steps,
  unit,
}: {
  steps: readonly WaitingListingStep[];
  unit: OwnListing['unit'];
}) {
  const { t, locale } = useLocale();
  const stepName = (step: WaitingListingStep) =>
    step.action === 'set_stock'
      ? t('seller.listing.stockStep', { quantity: format.quantity(step.stock, unit, locale) })
      : t(ACTION_LABEL[step.action]);
  return steps.map((step) =>
    step.refused ? (
      <div key={step.key} className="ns-notice ns-notice--error" role="alert" data-refused>
        <p>
          <strong>{t('seller.waiting.refused', { step: stepName(step) })}</strong>
        </p>
        <p>{step.refused[locale]}</p>
        <button type="button" className="ns-button" onClick={() => void forgetStep(step.key)}>
          {t('seller.waiting.understood')}
        </button>
      </div>
    ) : (
      <p key={step.key} className="ns-badge ns-badge--muted" role="status" data-waiting>
        {t('seller.waiting.step', { step: stepName(step) })}
      </p>
    ),
  );
}

function ListingRow({ listing, householdId }: { listing: OwnListing; householdId?: string | undefined }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const { t, locale } = useLocale();
  const { submit, pending } = useSubmitGuard();
  const [error, setError] = useState<unknown>(null);
  const steps = useWaitingListingSteps(listing.id);
  const waiting = steps.filter((step) => !step.refused);
  const [changingStock, setChangingStock] = useState(false);
  // A pause or a new stock made without a signal shows as done-but-waiting: the status and stock it leads to, and
  // the step after it.
  const { status, stock } = listingAfterWaiting(listing, waiting.map(listingChange));
  const facts = {
    kind: 'listing',
    listingId: listing.id,
    title: listing.title,
    householdId,
  } as const;
  const setStatus = (action: ListingStatusAction) =>
    submit(async () => {
      setError(null);
      try {
        const sent = await sendNowOrWait(client, {
          ...facts,
          key: crypto.randomUUID(),
          action,
          expectedStatus: status,
          madeAt: new Date().toISOString(),
        });
        if (sent === 'sent') await queryClient.invalidateQueries({ queryKey: trpc.listings.mine.pathKey() });
      } catch (failed) {
        setError(failed);
      }
    });
  // Thrown refusals show under the stock box; a step that waits closes it.
  const setStock = async (newStock: number) => {
    const sent = await sendNowOrWait(client, {
      ...facts,
      key: crypto.randomUUID(),
      action: 'set_stock',
      stock: newStock,
      expectedStock: stock,
      madeAt: new Date().toISOString(),
    });
    setChangingStock(false);
    if (sent === 'sent') await queryClient.invalidateQueries({ queryKey: trpc.listings.mine.pathKey() });
  };
  const product = getProduct(listing.productId);
  const standing = listingStanding({ ...listing, effectiveStatus: status });
  return (
    <li className="ns-card" data-listing={listing.id}>
      <ImageBox
        src={listing.photoUrls[0]}
        alt={product.name[locale]}
        fallbackIcon={product.icon}
        productId={product.id}
      />
      <div className="ns-card__body">
        <h2 className="ns-card__title">
          <Link href={`/listings/${listing.id}`}>{listing.title}</Link>
        </h2>
        <span className="ns-card__price">{format.unitPrice(listing.unitPrice, listing.unit, locale)}</span>
        <span>{t('listing.stockLeft', { quantity: format.quantity(stock, listing.unit, locale) })}</span>
        <span>
          <span
            className={standing === 'on_sale' ? 'ns-badge' : 'ns-badge ns-badge--muted'}
            data-status={standing}
          >
            {t(`listing.standing.${standing}`)}
          </span>
        </span>
        {standingOrderable(standing) ? (
          <a href={`/buyer/listings/${listing.id}`}>{t('seller.listing.preview')}</a>
        ) : null}
        <WaitingListingSteps steps={steps} unit={listing.unit} />
        {error ? <Notice tone="error">{errorMessage(error, locale)}</Notice> : null}
        <div className="ns-order__actions">
          {status === 'sold_out' ? (
            // Stock typed on the edit form puts a sold-out listing back on sale (the domain's withStock).
            <Link href={`/listings/${listing.id}`} className="ns-button">
              {t('seller.listing.restock')}
            </Link>
          ) : null}
          {actionsFor(status).map((action) => (
            <button
              key={action}
              type="button"
              className="ns-button"
              disabled={pending}
              aria-busy={pending}
              onClick={() => void setStatus(action)}
            >
              {t(ACTION_LABEL[action])}
            </button>
          ))}
          {status !== 'ended' && !changingStock ? (
            <button type="button" className="ns-button" onClick={() => setChangingStock(true)}>
              {t('seller.listing.changeStock')}
            </button>
          ) : null}
        </div>
        {changingStock ? (
          <ListingStockForm title={listing.title} unit={listing.unit} stock={stock} save={setStock} />
        ) : null}
      </div>
    </li>
  );
}

/** The shop's listings with their status and season, and the way to add one. */
export default function ListingsPage({
  householdId,
  start,
}: {
  householdId?: string | undefined;
  /** What the app bar starts with: a helper's way back to the household. */
  start?: ReactNode;
}) {
  const trpc = useTRPC();
  const { t, locale } = useLocale();
  // A page of listings at a time, the latest change first; "Xem thêm" brings the next.
  const listings = useInfiniteQuery(
    trpc.listings.mine.infiniteQueryOptions(householdId === undefined ? {} : { householdId }, {
      getNextPageParam: (page) => page.nextCursor ?? undefined,
    }),
  );
  const shown = listings.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      <AppBar title={t('nav.listings')} start={start} />
      <Page>
        <Link href="/listings/new" className="ns-button ns-button--primary">
          {t('seller.listing.new')}
        </Link>
        {listings.isPending ? (
          <CardListSkeleton count={3} label={t('state.loading')} />
        ) : listings.isError ? (
          <Notice tone="error">{errorMessage(listings.error, locale)}</Notice>
        ) : shown.length === 0 ? (
          <p className="ns-muted">{t('state.empty')}</p>
        ) : (
          <>
            <ul className="ns-cards">
              {shown.map((listing) => (
                <ListingRow key={listing.id} listing={listing} householdId={householdId} />
              ))}
            </ul>
            <ShowMoreButton pages={listings} />
          </>
        )}
      </Page>
    </>
  );
}
