import { Stack } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Loading } from '@/components/loading';
import { ProvinceDashboard } from '@/features/kpis/components/province-dashboard';
import { can, useSignedInUser } from '@/lib/auth/me';

// The modules' sections load after the KPI dashboard, so they stay out of the login + dashboard bundle budget.
const ProvinceCaseFigures = lazy(() =>
  import('@/features/cases/components/province-case-figures').then((m) => ({ default: m.ProvinceCaseFigures })),
);
const TargetsLinkCard = lazy(() =>
  import('@/features/targets/components/targets-link-card').then((m) => ({ default: m.TargetsLinkCard })),
);
const ProvinceFundraising = lazy(() =>
  import('@/features/fundraising/components/province-fundraising').then((m) => ({ default: m.ProvinceFundraising })),
);
const ReportTimeliness = lazy(() =>
  import('@/features/reports/components/report-timeliness').then((m) => ({ default: m.ReportTimeliness })),
);

export function Component() {
  const me = useSignedInUser();
  // A province officer's own province; the platform admin reads the province totals through the API.
  const provinceId = me.province?.id;
  return (
    <Stack gap="lg">
      <ProvinceDashboard />
      {provinceId && (
        <Suspense fallback={<Loading />}>
          {can(me, 'targets.manage') && <TargetsLinkCard />}
          {can(me, 'cases.figures-province') && <ProvinceCaseFigures provinceId={provinceId} />}
          {can(me, 'fundraising.read-province') && <ProvinceFundraising provinceId={provinceId} />}
          {can(me, 'reports.review') && <ReportTimeliness provinceId={provinceId} />}
        </Suspense>
      )}
    </Stack>
  );
}
