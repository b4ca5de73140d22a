import { FacilityDrillDown } from '@/features/targets/components/facility-drill-down';

export function Component() {
  return <FacilityDrillDown />;
}
