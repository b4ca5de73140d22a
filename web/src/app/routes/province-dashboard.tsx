import { Stack } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Loading } from '@/components/loading';
import { ProvinceDashboard } from '@/features/kpis/components/province-dashboard';
import { can, useSignedInUser } from '@/lib/auth/me';

// Loaded after the KPI dashboard, so the case figures stay out of the login + dashboard bundle budget.
const ProvinceCaseFigures = lazy(() =>
  import('@/features/cases/components/province-case-figures').then((m) => ({ default: m.ProvinceCaseFigures })),
);

export function Component() {
  const me = useSignedInUser();
  const provinceId = me.province?.id;
  return (
    <Stack gap="lg">
      <ProvinceDashboard />
      {provinceId && can(me, 'cases.figures-province') && (
        <Suspense fallback={<Loading />}>
          <ProvinceCaseFigures provinceId={provinceId} />
        </Suspense>
      )}
    </Stack>
  );
}
