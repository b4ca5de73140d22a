import { Suspense } from 'react';
import { Navigate, Outlet, RouterProvider, createBrowserRouter, useLocation, useRouteError, type LoaderFunctionArgs } from 'react-router';
import { Loading } from '@/components/loading';
import { NotFound } from '@/components/not-found';
import { QueryError } from '@/components/query-error';
import { provinceKpisQuery } from '@/features/kpis/api/get-province-kpis';
import { isAsOf } from '@/features/kpis/utils/as-of';
import { meQuery, useSignedInUser } from '@/lib/auth/me';
import { sessionStore, useSession } from '@/lib/auth/session';
import { todayIso } from '@/lib/format';
import { i18n } from '@/lib/i18n';
import { AppShell } from './app-shell';
import { navItem, navigationFor, type NavKey } from './navigation';
import { queryClient } from './query-client';

/** Signed-out visitors go to the login page (saying why when the session expired), which brings them back here afterwards. */
function RequireSession() {
  const session = useSession();
  const location = useLocation();
  if (!session) {
    const expired = sessionStore.endedByExpiry() ? 'expired=1&' : '';
    return <Navigate to={`/login?${expired}returnTo=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  }
  return <AppShell />;
}

/** A screen the role may not use is refused in the router too, not only hidden from the menu. */
function RequireNav({ navKey }: { navKey: NavKey }) {
  return navItem(navKey).allowed(useSignedInUser()) ? <Outlet /> : <NotFound />;
}

/** "/" opens the first screen the role has. */
function StartPage() {
  const first = navigationFor(useSignedInUser())[0];
  return first ? <Navigate to={first.path} replace /> : <NotFound />;
}

function RouteError() {
  return <QueryError error={useRouteError()} />;
}

type Screen = () => Promise<{ Component: React.ComponentType }>;

/**
 * A screen's code and the texts of the features it shows load side by side, not one after the other
 * (issue 19: each round trip in a row costs 150 ms on a phone); the screen then renders with its texts.
 */
const withTexts = (screen: Screen, namespaces: string[]): Screen => () =>
  Promise.all([screen(), i18n.loadNamespaces(namespaces)]).then(([module]) => module);

const guarded = (navKey: NavKey, path: string, lazy: Screen, loader?: (args: LoaderFunctionArgs) => null) => ({
  element: <RequireNav navKey={navKey} />,
  children: [{ path, lazy, loader }],
});

/**
 * The province dashboard's figures are asked for as soon as the user (their province) is known, while the
 * screen's code and texts are still on their way; the screen finds them in the query cache. Nothing waits here.
 */
function prefetchProvinceFigures({ request }: LoaderFunctionArgs) {
  const asOf = new URL(request.url).searchParams.get('asOf');
  queryClient.ensureQueryData(meQuery()).then(
    (me) => me.province && void queryClient.prefetchQuery(provinceKpisQuery(me.province.id, isAsOf(asOf) ? asOf : todayIso())),
    () => undefined,
  );
  return null;
}

const routes = [
  { path: '/login', lazy: withTexts(() => import('./routes/login'), ['auth']) },
  // Signed-out account pages: forgot password, and the pages the e-mailed links open.
  { path: '/forgot-password', lazy: () => import('./routes/forgot-password') },
  { path: '/accept-invitation', lazy: () => import('./routes/accept-invitation') },
  { path: '/reset-password', lazy: () => import('./routes/reset-password') },
  // The public disclosure (công khai) of a published campaign: a stable address, no login, outside the shell.
  { path: '/cong-khai/:campaignId', lazy: () => import('./routes/public-campaign') },
  {
    path: '/',
    element: <RequireSession />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <StartPage /> },
      { path: 'profile', lazy: () => import('./routes/profile') },
      { path: 'notifications', lazy: () => import('./routes/notifications') },
      guarded(
        'provinceDashboard',
        'province',
        withTexts(() => import('./routes/province-dashboard'), ['kpis', 'targets', 'cases', 'fundraising', 'reports']),
        prefetchProvinceFigures,
      ),
      guarded('provinceActivities', 'province/activities', () => import('./routes/province-activities')),
      guarded('provinceTargets', 'province/targets', () => import('./routes/province-targets')),
      guarded('provinceTargets', 'province/targets/facilities/:facilityId', () => import('./routes/province-facility-progress')),
      guarded('provinceReports', 'province/reports', () => import('./routes/province-reports')),
      guarded('facilities', 'facilities', () => import('./routes/facility-registry')),
      { path: 'facilities/:facilityId', lazy: () => import('./routes/facility-profile') },
      // Each kind checks its own permission (a province officer imports facilities, a facility admin clients).
      guarded('imports', 'imports', () => import('./routes/imports-index')),
      { path: 'imports/:kind', lazy: () => import('./routes/imports') },
      guarded('facilityHome', 'home', () => import('./routes/facility-home')),
      guarded('workLists', 'work', () => import('./routes/work-lists')),
      guarded('clients', 'clients', () => import('./routes/clients')),
      guarded('clients', 'clients/:clientId', () => import('./routes/client-page')),
      guarded('clients', 'counselling', () => import('./routes/counselling-log')),
      guarded('clients', 'personal-data', () => import('./routes/personal-data')),
      guarded('workLists', 'cases/:caseId', () => import('./routes/case-page')),
      guarded('referralInbox', 'referrals', () => import('./routes/referral-inbox')),
      guarded('myFacility', 'my-facility', () => import('./routes/my-facility')),
      guarded('annualPlan', 'plans', () => import('./routes/annual-plan')),
      guarded('annualPlan', 'plans/five-year', () => import('./routes/five-year-plan')),
      guarded('fundraising', 'fundraising', () => import('./routes/fundraising')),
      guarded('fundraising', 'fundraising/donors', () => import('./routes/fundraising-donors')),
      guarded('fundraising', 'fundraising/campaigns/:campaignId', () => import('./routes/fundraising-campaign')),
      guarded('fundraising', 'fundraising/campaigns/:campaignId/receipts/:entryId', () => import('./routes/fundraising-receipt')),
      guarded('reception', 'reception', () => import('./routes/reception')),
      guarded('communication', 'communication', () => import('./routes/communication')),
      guarded('charity', 'charity', () => import('./routes/charity')),
      guarded('workforce', 'workforce', () => import('./routes/workforce')),
      guarded('training', 'training', () => import('./routes/training')),
      guarded('reports', 'reports', () => import('./routes/reports')),
      { path: 'reports/:reportId', lazy: () => import('./routes/report-page') },
      guarded('supervision', 'supervision', () => import('./routes/supervision')),
      guarded('supervision', 'supervision/visits/:visitId', () => import('./routes/supervision-visit')),
      guarded('commendations', 'commendations', () => import('./routes/commendations')),
      guarded('users', 'users', () => import('./routes/users')),
      guarded('apiClients', 'api-clients', () => import('./routes/api-clients')),
      guarded('webhooks', 'webhooks', () => import('./routes/webhooks')),
      guarded('auditLog', 'audit', () => import('./routes/audit-log')),
      { path: '*', element: <NotFound /> },
    ],
  },
];

const router = createBrowserRouter(routes);

export function AppRouter() {
  // A screen outside the shell (sign-in, public page) may wait for its texts: the page-wide loader stands in.
  return (
    <Suspense fallback={<Loading />}>
      <RouterProvider router={router} />
    </Suspense>
  );
}
