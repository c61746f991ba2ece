import { AppBar, useLocale } from '@nongsan/ui';
import { Route, Switch } from 'wouter';
import '../household/household.css';
import './helper.css';
import { SendWaitingSteps } from '../offline/send-waiting-steps.tsx';
import type { SignedInUser } from './helper-types.ts';
import { HouseholdListPage } from './household-list-page.tsx';
import { HouseholdRoutes } from './household-routes.tsx';
import { RegisterHouseholdPage } from './register-household-page.tsx';
import { SignOutButton } from './sign-out-button.tsx';

/**
 * Helper mode: a tech-team member's screens. Their households (with stage and what waits), registering a new one,
 * and one household's screens where they act for it. Loaded as its own chunk after sign-in.
 */
export function HelperApp({ user }: { user: SignedInUser }) {
  const { t } = useLocale();
  const bar = <AppBar title={t('app.seller.title')} end={<SignOutButton />} />;
  return (
    <>
      <SendWaitingSteps />
      <Switch>
        <Route path="/households/new">
          {bar}
          <RegisterHouseholdPage />
        </Route>
        <Route path="/households/:id" nest>
          {(params) => {
            // Household ids hold slashes (`commune/village/hh-1`): the link encodes them.
            const householdId = decodeURIComponent(params.id);
            return <HouseholdRoutes key={householdId} householdId={householdId} />;
          }}
        </Route>
        <Route>
          {bar}
          <HouseholdListPage helperName={user.displayName} />
        </Route>
      </Switch>
    </>
  );
}

export default HelperApp;
