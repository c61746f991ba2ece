import {
  AppBar,
  CardListSkeleton,
  errorMessage,
  format,
  Notice,
  Page,
  SelectField,
  Skeleton,
  useLocale,
} from '@nongsan/ui';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { Link, Route, Switch } from 'wouter';
import '../helper/helper.css';
import { CsvDownload } from '../exports/csv-download.tsx';
import { SignOutButton } from '../helper/sign-out-button.tsx';
import { SoldNote } from '../sales/sold-note.tsx';
import { useTRPC } from '../trpc.ts';
import { AdoptionChart } from './adoption-chart.tsx';
import { communeMonths, lastMonths, type MonthRange, type MonthTotals, monthsIn } from './commune-months.ts';
import { percent, shortMonth, type VillageStats } from './commune-types.ts';
import { SalesChart } from './sales-chart.tsx';
import { VillagePage } from './village-page.tsx';

const CommuneReviews = lazy(() => import('./commune-reviews.tsx'));

function AdoptionSection({ villages }: { villages: readonly VillageStats[] }) {
  const { t, locale } = useLocale();
  const households = villages.reduce((sum, v) => sum + v.households, 0);
  const shops = villages.reduce((sum, v) => sum + v.shops, 0);
  const target = villages[0]?.target ?? 0.64;
  return (
    <section aria-labelledby="adoption-heading">
      <h3 id="adoption-heading">{t('commune.adoption')}</h3>
      <p data-summary="adoption">
        {t('commune.adoptionSummary', {
          shops,
          households,
          share: percent(households === 0 ? 0 : shops / households, locale),
          target: percent(target, locale),
          onTarget: villages.filter((v) => v.onTarget).length,
          villages: villages.length,
        })}
      </p>
      <AdoptionChart villages={villages} target={target} />
      <table className="ns-table ns-visually-hidden" data-table="adoption">
        <caption>{t('commune.adoption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('commune.village')}</th>
            <th scope="col" className="ns-num">
              {t('commune.shops')}
            </th>
            <th scope="col" className="ns-num">
              {t('commune.share')}
            </th>
            <th scope="col">{t('commune.target', { target: percent(target, locale) })}</th>
          </tr>
        </thead>
        <tbody>
          {villages.map((v) => (
            <tr key={v.villageId}>
              <th scope="row">{v.villageName}</th>
              <td className="ns-num">{`${v.shops}/${v.households}`}</td>
              <td className="ns-num">{percent(v.shopShare, locale)}</td>
              <td>{v.onTarget ? t('commune.onTarget') : t('commune.belowTarget')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4 id="villages-heading">{t('commune.openVillage')}</h4>
      <ul className="ns-villagelinks" aria-labelledby="villages-heading">
        {villages.map((v) => (
          <li key={v.villageId}>
            <Link href={`/villages/${encodeURIComponent(v.villageId)}`} data-open-village={v.villageId}>
              {t('commune.openVillageLink', {
                name: v.villageName,
                shops: v.shops,
                households: v.households,
              })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function SalesSection({ communeCode }: { communeCode: string | undefined }) {
  const trpc = useTRPC();
  const { t, locale } = useLocale();
  const series = useQuery(trpc.commune.timeseries.queryOptions(communeCode ? { communeCode } : {}));
  return (
    <section aria-labelledby="sales-heading">
      <h3 id="sales-heading">{t('commune.sales')}</h3>
      {series.isPending ? (
        <Skeleton height="180px" />
      ) : series.isError ? (
        <Notice tone="error">{errorMessage(series.error, locale)}</Notice>
      ) : series.data.length === 0 ? (
        <p className="ns-muted">{t('commune.noSales')}</p>
      ) : (
        <SalesFigures months={communeMonths(series.data, Number.POSITIVE_INFINITY)} />
      )}
    </section>
  );
}

/** The commune's months in a range (the last twelve unless the official picks other ends), as bars and a table. */
function SalesFigures({ months: all }: { months: readonly MonthTotals[] }) {
  const { t } = useLocale();
  const [range, setRange] = useState<MonthRange | null>(() => lastMonths(all));
  const months = range ? monthsIn(all, range) : [];
  const options = all.map((m) => ({ value: m.month, label: shortMonth(m.month) }));
  return (
    <>
      {range ? (
        <div className="ns-range" data-range>
          <SelectField
            label={t('commune.rangeFrom')}
            name="from"
            options={options}
            value={range.from}
            onChange={(event) => setRange({ ...range, from: event.target.value })}
          />
          <SelectField
            label={t('commune.rangeTo')}
            name="to"
            options={options}
            value={range.to}
            onChange={(event) => setRange({ ...range, to: event.target.value })}
          />
        </div>
      ) : null}
      <p className="ns-muted">{t('commune.salesUnit')}</p>
      <SoldNote />
      <SalesChart months={months} />
      <table className="ns-table" data-table="sales">
        <thead>
          <tr>
            <th scope="col">{t('commune.month')}</th>
            <th scope="col" className="ns-num">
              {t('commune.orders')}
            </th>
            <th scope="col" className="ns-num">
              {t('commune.revenue')}
            </th>
          </tr>
        </thead>
        <tbody>
          {[...months].reverse().map((m) => (
            <tr key={m.month}>
              <th scope="row">{shortMonth(m.month)}</th>
              <td className="ns-num">{m.orders}</td>
              <td className="ns-num">{format.money(m.vnd)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/**
 * The commune view for officials: adoption per village against the target (each village opens to its households'
 * stages), then sales by month over a range of months. A commune official sees their own commune; the province's
 * official opens one (`communeCode`, with a way back to the province).
 */
export function CommuneApp({ communeCode, communeName }: { communeCode?: string; communeName?: string }) {
  return (
    <Switch>
      <Route path="/villages/:id">
        {(params) => <VillagePage villageId={decodeURIComponent(params.id)} />}
      </Route>
      <Route>
        <CommunePage communeCode={communeCode} communeName={communeName} />
      </Route>
    </Switch>
  );
}

function CommunePage({ communeCode, communeName }: { communeCode?: string; communeName?: string }) {
  const trpc = useTRPC();
  const { t, locale } = useLocale();
  const stats = useQuery(trpc.commune.stats.queryOptions(communeCode ? { communeCode } : {}));
  // The province's official came from the province's overview: '~' leaves this commune's nested routes for the
  // app's own root (the path the app is served under).
  const back = communeCode ? (
    <Link href={`~${import.meta.env.BASE_URL}`} className="ns-appbar__action">
      {t('nav.back')}
    </Link>
  ) : undefined;
  return (
    <>
      <AppBar title={t('app.seller.title')} start={back} end={<SignOutButton />} />
      <Page heading={communeName ? t('province.communeTitle', { name: communeName }) : t('commune.title')}>
        <p className="ns-muted">{t(communeCode ? 'role.province_official' : 'role.official')}</p>
        {stats.isPending ? (
          <CardListSkeleton count={3} label={t('state.loading')} />
        ) : stats.isError ? (
          <Notice tone="error">{errorMessage(stats.error, locale)}</Notice>
        ) : (
          <AdoptionSection villages={stats.data} />
        )}
        <SalesSection communeCode={communeCode} />
        <Suspense fallback={<CardListSkeleton count={2} label={t('state.loading')} />}>
          <CommuneReviews communeCode={communeCode} />
        </Suspense>
        <CsvDownload path="commune.csv" query={{ communeCode }} label="exports.commune" />
      </Page>
    </>
  );
}

export default CommuneApp;
