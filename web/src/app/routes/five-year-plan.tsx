import { FiveYearPlanPage } from '@/features/targets/components/five-year-plan-page';

export function Component() {
  return <FiveYearPlanPage />;
}
