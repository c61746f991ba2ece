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
import { HarvestMonths } from '../harvest-months.tsx';
import { useTRPC } from '../trpc.ts';

/**
 * The year's harvest calendar: for each product its harvest months (HarvestMonths), and where its season stands now
 * (in season until…, pre-order from…).
 */
export default function CalendarPage() {
  const trpc = useTRPC();
  const { t, locale } = useLocale();
  const seasons = useQuery(trpc.catalog.seasons.queryOptions(undefined, { staleTime: 3_600_000 }));
  const thisMonth = seasons.data ? Number(seasons.data.today.slice(5, 7)) : 0;

  return (
    <>
      <AppBar title={t('buyer.calendar.title')} />
      <Page heading={t('buyer.calendar.title')}>
        {seasons.isPending ? (
          <CardListSkeleton count={4} label={t('state.loading')} />
        ) : seasons.isError ? (
          <Notice tone="error">{errorMessage(seasons.error, locale)}</Notice>
        ) : (
          <>
            <p className="ns-muted">
              {t('buyer.calendar.intro', { date: format.localDate(seasons.data.today, locale) })}
            </p>
            <ul className="ns-cards">
              {seasons.data.products.map((product) => (
                <li key={product.productId} className="buyer-season">
                  <div className="buyer-season__head">
                    <span aria-hidden="true" className="buyer-season__icon">
                      <ImageBox
                        src={undefined}
                        alt=""
                        fallbackIcon={product.icon}
                        productId={product.productId}
                        size={36}
                      />
                    </span>
                    <h3 className="ns-card__title">{product.name[locale]}</h3>
                  </div>
                  <HarvestMonths harvestMonths={product.harvestMonths} thisMonth={thisMonth} />
                  <p className="buyer-season__status">
                    {product.phase === 'in-season'
                      ? t('buyer.calendar.inSeason', {
                          date: format.localDate(product.window.sellUntil, locale),
                        })
                      : product.phase === 'pre-order'
                        ? t('buyer.calendar.preOrder', {
                            date: format.localDate(product.window.harvestStart, locale),
                          })
                        : t('buyer.calendar.offSeason', {
                            date: format.localDate(product.window.preOrderFrom, locale),
                          })}{' '}
                    <Link href={`/?product=${product.productId}`}>{t('buyer.calendar.find')}</Link>
                  </p>
                </li>
              ))}
            </ul>
          </>
        )}
      </Page>
    </>
  );
}
