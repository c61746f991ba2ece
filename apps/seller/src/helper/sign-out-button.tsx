import { forgetSavedData, useLocale } from '@nongsan/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../trpc.ts';

/** The app bar's "sign out": forgets the session here and on the server, which shows the sign-in page. */
export function SignOutButton() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t } = useLocale();
  const logout = useMutation(
    trpc.auth.logout.mutationOptions({
      onSuccess: () => {
        const me = trpc.auth.me.queryKey();
        queryClient.setQueryData(me, { user: null });
        // Nothing of this person stays for the next one on a shared phone (the app keeps watching `auth.me`).
        queryClient.removeQueries({
          predicate: (query) => JSON.stringify(query.queryKey) !== JSON.stringify(me),
        });
        void forgetSavedData();
      },
    }),
  );
  return (
    <button
      type="button"
      className="ns-appbar__action"
      disabled={logout.isPending}
      onClick={() => logout.mutate()}
    >
      {t('signIn.signOut')}
    </button>
  );
}
