import { AppBar, CardListSkeleton, errorMessage, Notice, Page, useLocale } from '@nongsan/ui';
import { useQuery } from '@tanstack/react-query';
import { Link, Route, Switch } from 'wouter';
import '../helper/helper.css';
import { CommuneApp } from '../commune/commune-app.tsx';
import { SignOutButton } from '../helper/sign-out-button.tsx';
import { useTRPC } from '../trpc.ts';

/** The communes the province's official follows, by name, each opening to that commune's own view. */
function ProvincePage() {
  const trpc = useTRPC();
  const { t, locale } = useLocale();
  const communes = useQuery(trpc.commune.list.queryOptions());
  return (
    <>
      <AppBar title={t('app.seller.title')} end={<SignOutButton />} />
      <Page heading={t('province.title')}>
        <p className="ns-muted">{t('role.province_official')}</p>
        <section aria-labelledby="communes-heading">
          <h3 id="communes-heading">{t('province.communes')}</h3>
          {communes.isPending ? (
            <CardListSkeleton count={3} label={t('state.loading')} />
          ) : communes.isError ? (
            <Notice tone="error">{errorMessage(communes.error, locale)}</Notice>
          ) : (
            <ul className="ns-villagelinks" aria-labelledby="communes-heading" data-communes>
              {communes.data.map((c) => (
                <li key={c.code}>
                  <Link href={`/communes/${c.code}`} data-open-commune={c.code}>
                    {t('province.openCommune', { name: c.name })}
                  </Link>
                  {c.formerNames ? (
                    <span className="ns-muted"> {t('province.formerNames', { names: c.formerNames })}</span>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </section>
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
