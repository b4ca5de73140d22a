import { Stack } from '@mantine/core';
import { ProvinceFundraising } from '@/features/fundraising/components/province-fundraising';
import { ProvinceDashboard } from '@/features/kpis/components/province-dashboard';
import { can, useSignedInUser } from '@/lib/auth/me';

export function Component() {
  const me = useSignedInUser();
  return (
    <Stack gap="lg">
      <ProvinceDashboard />
      {/* A province officer's own province; the platform admin reads the province totals through the API. */}
      {me.province && can(me, 'fundraising.read-province') && <ProvinceFundraising provinceId={me.province.id} />}
    </Stack>
  );
}
