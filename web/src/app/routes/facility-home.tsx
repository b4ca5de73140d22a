import { FacilityHome } from '@/features/facility-home/components/facility-home';
import { FundraisingSummary } from '@/features/fundraising/components/fundraising-summary';
import { can, useSignedInUser } from '@/lib/auth/me';

export function Component() {
  const me = useSignedInUser();
  return <FacilityHome>{can(me, 'fundraising.read') && <FundraisingSummary />}</FacilityHome>;
}
