import { CounsellingLogPage } from '@/features/clients/components/counselling-log-page';

export function Component() {
  return <CounsellingLogPage />;
}
