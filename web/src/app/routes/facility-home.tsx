import { FacilityHome } from '@/features/facility-home/components/facility-home';
import { FundraisingSummary } from '@/features/fundraising/components/fundraising-summary';
import { ReceptionSummaryCard } from '@/features/reception/components/reception-summary-card';
import { TrainingSharesCard } from '@/features/workforce/components/training-shares-card';
import { can, useSignedInUser } from '@/lib/auth/me';

export function Component() {
  const me = useSignedInUser();
  // Collaborators tally but do not read the unit's figures: the API would refuse, so the cards are not offered.
  return (
    <FacilityHome>
      {can(me, 'fundraising.read') && <FundraisingSummary />}
      {can(me, 'activities.read') && (
        <>
          <ReceptionSummaryCard />
          <TrainingSharesCard />
        </>
      )}
    </FacilityHome>
  );
}
