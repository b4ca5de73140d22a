import { ProvinceReportsInbox } from '@/features/reports/components/province-reports-inbox';

export function Component() {
  return <ProvinceReportsInbox />;
}
