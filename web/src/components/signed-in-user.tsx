import type { ReactNode } from 'react';
import { SignedInUserContext, useMe } from '@/lib/auth/me';
import { Loading } from './loading';
import { QueryError } from './query-error';

/**
 * Loads the signed-in user once for everything below it (screens read it with useSignedInUser),
 * showing the loading or failed state in its place meanwhile.
 */
export function SignedInUser({ children }: { children: ReactNode }) {
  const me = useMe();
  if (me.isError) return <QueryError error={me.error} onRetry={() => void me.refetch()} />;
  if (me.isPending) return <Loading />;
  return <SignedInUserContext.Provider value={me.data}>{children}</SignedInUserContext.Provider>;
}
