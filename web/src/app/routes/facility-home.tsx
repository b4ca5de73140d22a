import { CaseFiguresCard } from '@/features/cases/components/case-figures-card';
import { FacilityHome } from '@/features/facility-home/components/facility-home';
import { AwaitingMeCard } from '@/features/notifications/components/awaiting-me-card';
import { FundraisingSummary } from '@/features/fundraising/components/fundraising-summary';
import { OpenRecommendationsCard } from '@/features/supervision/components/open-recommendations-card';
import { ReceptionSummaryCard } from '@/features/reception/components/reception-summary-card';
import { TrainingSharesCard } from '@/features/workforce/components/training-shares-card';
import { FacilityProgressCard } from '@/features/targets/components/facility-progress-card';
import { MyWorkCard } from '@/features/my-work/components/my-work-card';
import { LogActivityButtons } from '@/features/outreach/components/log-activity-buttons';
import { LogCounsellingButton } from '@/features/clients/components/log-counselling-button';
import { can, useSignedInUser } from '@/lib/auth/me';

export function Component() {
  const me = useSignedInUser();
  // Each card only where the API would answer: collaborators see their assigned cases and tally, not the unit's totals.
  return (
    <FacilityHome>
      <AwaitingMeCard />
      {/* Everyone's own work; for a collaborator, who sees no unit-wide figures, it is the whole start page. */}
      {can(me, 'activities.log') && (
        <MyWorkCard
          actions={(refresh, cases) => (
            <>
              <LogActivityButtons onLogged={refresh} />
              {/* Counselling is logged on a case assigned to the person (the API's rule for collaborators). */}
              {can(me, 'counselling.record') && (
                <LogCounsellingButton
                  cases={cases.map((c) => ({ caseId: c.id, clientId: c.clientId, label: `${c.caseNumber} – ${c.clientName}` }))}
                  onLogged={refresh}
                />
              )}
            </>
          )}
        />
      )}
      {can(me, 'kpis.read-facility') && <FacilityProgressCard />}
      {can(me, 'cases.read-facility') && <CaseFiguresCard />}
      {can(me, 'fundraising.read') && <FundraisingSummary />}
      {can(me, 'supervision.read') && <OpenRecommendationsCard withLink />}
      {can(me, 'activities.read') && (
        <>
          <ReceptionSummaryCard />
          <TrainingSharesCard />
        </>
      )}
    </FacilityHome>
  );
}
