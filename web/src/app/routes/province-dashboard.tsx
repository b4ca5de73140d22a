import { Stack } from '@mantine/core';
import { ProvinceCaseFigures } from '@/features/cases/components/province-case-figures';
import { ProvinceDashboard } from '@/features/kpis/components/province-dashboard';
import { can, useSignedInUser } from '@/lib/auth/me';

export function Component() {
  const me = useSignedInUser();
  const provinceId = me.province?.id;
  return (
    <Stack gap="lg">
      <ProvinceDashboard />
      {provinceId && can(me, 'cases.figures-province') && <ProvinceCaseFigures provinceId={provinceId} />}
    </Stack>
  );
}
