import { AppBar, CardListSkeleton, errorMessage, format, Notice, Page, useLocale } from '@nongsan/ui';
import { useQuery } from '@tanstack/react-query';
import { Link, Route, Switch } from 'wouter';
import '../helper/helper.css';
import { CommuneApp } from '../commune/commune-app.tsx';
import { percent, shortMonth } from '../commune/commune-types.ts';
import { CsvDownload } from '../exports/csv-download.tsx';
import { SignOutButton } from '../helper/sign-out-button.tsx';
import { useTRPC } from '../trpc.ts';

/**
 * The province's overview: adoption per commune against the target (each commune opens to its own view), the
 * communes gone idle after the harvest, and the province's orders and revenue by month; from the figures the server
 * counts every minute.
 */
function ProvincePage() {
  const trpc = useTRPC();
  const { t, locale } = useLocale();
  const overview = useQuery(trpc.province.overview.queryOptions());
  const data = overview.data;
  return (
    <>
      <AppBar title={t('app.seller.title')} end={<SignOutButton />} />
      <Page heading={t('province.title')}>
        <p className="ns-muted">{t('role.province_official')}</p>
        {overview.isPending ? (
          <CardListSkeleton count={3} label={t('state.loading')} />
        ) : overview.isError ? (
          <Notice tone="error">{errorMessage(overview.error, locale)}</Notice>
        ) : data && data.asOf === null ? (
          <Notice tone="info">{t('province.notCounted')}</Notice>
        ) : data ? (
          <>
            <p data-summary="province">
              {t('province.summary', {
                shops: data.shops,
                households: data.households,
                share: percent(data.households === 0 ? 0 : data.shops / data.households, locale),
                target: percent(data.target, locale),
                onTarget: data.communes.filter((c) => c.onTarget).length,
                communes: data.communes.length,
              })}
            </p>
            <p data-summary="idle">
              {t('province.idleSummary', { count: data.communes.filter((c) => c.idle).length })}
            </p>
            <section aria-labelledby="communes-heading">
              <h3 id="communes-heading">{t('province.communes')}</h3>
              <div className="ns-table-scroll">
                <table className="ns-table" data-table="communes">
                  <thead>
                    <tr>
                      <th scope="col">{t('province.commune')}</th>
                      <th scope="col" className="ns-num">
                        {t('commune.shops')}
                      </th>
                      <th scope="col" className="ns-num">
                        {t('commune.share')}
                      </th>
                      <th scope="col" className="ns-num">
                        {t('province.ordersYear')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.communes.map((c) => (
                      <tr key={c.code} data-commune={c.code}>
                        <th scope="row">
                          <Link href={`/communes/${c.code}`} data-open-commune={c.code}>
                            {c.name}
                          </Link>
                          {c.formerNames ? (
                            <span className="ns-muted">
                              {' '}
                              {t('province.formerNames', { names: c.formerNames })}
                            </span>
                          ) : null}
                          {c.idle ? <span className="ns-badge">{t('province.idle')}</span> : null}
                        </th>
                        <td className="ns-num">{`${c.shops}/${c.households}`}</td>
                        <td className="ns-num">
                          {percent(c.shopShare, locale)}{' '}
                          {c.onTarget ? t('commune.onTarget') : t('commune.belowTarget')}
                        </td>
                        <td className="ns-num">{c.orders}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
            <section aria-labelledby="months-heading">
              <h3 id="months-heading">{t('province.months')}</h3>
              <table className="ns-table" data-table="province-months">
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
                  {[...data.months].reverse().map((m) => (
                    <tr key={m.month}>
                      <th scope="row">{shortMonth(m.month)}</th>
                      <td className="ns-num">{m.orders}</td>
                      <td className="ns-num">{format.money(m.vnd)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {data.asOf ? (
                <p className="ns-muted">{t('province.asOf', { time: format.instant(data.asOf, locale) })}</p>
              ) : null}
            </section>
            <CsvDownload path="province.csv" label="exports.province" />
          </>
        ) : null}
      </Page>
    </>
  );
}

function OneCommune({ code }: { code: string }) {
  const trpc = useTRPC();
  const communes = useQuery(trpc.commune.list.queryOptions());
  const name = communes.data?.find((c) => c.code === code)?.name;
  return <CommuneApp communeCode={code} {...(name ? { communeName: name } : {})} />;
}

/** The province official's app: the province's communes, and any one of them opened as its officials see it. */
export function ProvinceApp() {
  return (
    <Switch>
      <Route path="/communes/:code" nest>
        {(params) => <OneCommune code={params.code} />}
      </Route>
      <Route>
        <ProvincePage />
      </Route>
    </Switch>
  );
}

export default ProvinceApp;
