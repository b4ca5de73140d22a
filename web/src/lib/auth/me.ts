import { queryOptions, useQuery } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
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
  | 'webhooks.manage'
  | 'jobs.dashboard'
  | 'facility.mfa.manage'
  | 'fundraising.read'
  | 'fundraising.record'
  | 'fundraising.manage'
  | 'fundraising.read-province'
  | 'reception.record'
  | 'activities.read'
  | 'activities.manage'
  | 'activities.log'
  | 'workforce.manage'
  | 'activities.read-province'
  | 'clients.read'
  | 'clients.write'
  | 'clients.read-identifiers'
  | 'clients.merge'
  | 'counselling.record'
  | 'personal-data.manage'
  | 'cases.work'
  | 'cases.read-facility'
  | 'cases.supervise'
  | 'cases.export'
  | 'cases.figures-province'
  | 'targets.manage'
  | 'plans.read'
  | 'plans.write'
  | 'plans.review'
  | 'reports.read'
  | 'reports.prepare'
  | 'reports.review'
  | 'supervision.read'
  | 'supervision.manage'
  | 'supervision.follow-up'
  | 'commendations.read'
  | 'commendations.nominate'
  | 'commendations.decide'
  | 'imports.use'
  | 'imports.facilities'
  | 'imports.clients'
  | 'imports.workforce'
  | 'imports.donors'
  | 'imports.users'
  | 'places.read'
  | 'audit.read'
  | 'audit.read-platform';

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

/** The loaded signed-in user, provided by SignedInUser (around every screen of the app shell). */
export const SignedInUserContext = createContext<Me | null>(null);

/** The signed-in user for a screen: the shell has loaded it before any screen renders. */
export function useSignedInUser(): Me {
  const me = useContext(SignedInUserContext);
  if (!me) throw new Error('useSignedInUser is for screens rendered inside <SignedInUser> (the app shell).');
  return me;
}

export function can(me: Me | undefined, permission: Permission): boolean {
  return me?.permissions.includes(permission) ?? false;
}
