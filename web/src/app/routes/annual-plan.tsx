import { AnnualPlanPage } from '@/features/targets/components/annual-plan-page';

export function Component() {
  return <AnnualPlanPage />;
}
