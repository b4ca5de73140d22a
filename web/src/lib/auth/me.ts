import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { useSession } from './session';

export type Me = Schemas['MeResponse'];
export type Permission =
  | 'provinces.read'
  | 'provinces.manage'
  | 'facilities.read'
  | 'facilities.manage'
  | 'unit.manage'
  | 'kpis.read-province'
  | 'kpis.recompute'
  | 'kpis.read-facility'
  | 'users.manage'
  | 'api-clients.manage'
  | 'jobs.dashboard';

export const meQuery = () =>
  queryOptions({
    queryKey: ['me'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/me', { signal })),
    staleTime: 5 * 60_000,
  });

/** The signed-in user (name, role, facility or province, permissions); disabled when nobody is signed in. */
export function useMe() {
  const session = useSession();
  return useQuery({ ...meQuery(), enabled: session !== null });
}

export function can(me: Me | undefined, permission: Permission): boolean {
  return me?.permissions.includes(permission) ?? false;
}
