import { FacilityRegistry } from '@/features/facilities/components/facility-registry';

export function Component() {
  return <FacilityRegistry />;
}
