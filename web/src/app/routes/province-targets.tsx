import { ProvinceProgressPage } from '@/features/targets/components/province-progress-page';

export function Component() {
  return <ProvinceProgressPage />;
}
