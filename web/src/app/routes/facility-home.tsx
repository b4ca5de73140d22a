import { FacilityHome } from '@/features/facility-home/components/facility-home';

export function Component() {
  return <FacilityHome />;
}
