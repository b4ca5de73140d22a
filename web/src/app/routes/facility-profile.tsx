import { useParams } from 'react-router';
import { FacilityProfile } from '@/features/facilities/components/facility-profile';

export function Component() {
  const { facilityId = '' } = useParams();
  // Keyed by the id: moving from one facility to another starts a fresh page (form, notices).
  return <FacilityProfile key={facilityId} facilityId={facilityId} />;
}
