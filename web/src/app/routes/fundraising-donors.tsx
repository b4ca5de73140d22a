import { DonorsPage } from '@/features/fundraising/components/donors-page';

export function Component() {
  return <DonorsPage />;
}
