import { ProvinceActivitiesPage } from '@/features/province-activities/components/province-activities-page';

export function Component() {
  return <ProvinceActivitiesPage />;
}
