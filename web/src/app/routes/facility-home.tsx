import { CaseFiguresCard } from '@/features/cases/components/case-figures-card';
import { FacilityHome } from '@/features/facility-home/components/facility-home';
import { can, useSignedInUser } from '@/lib/auth/me';

export function Component() {
  const me = useSignedInUser();
  // Collaborators see their assigned cases only, so the unit's totals are for workers and the unit head.
  return <FacilityHome modules={can(me, 'cases.read-facility') ? <CaseFiguresCard /> : undefined} />;
}
