import { CharityPage } from '@/features/outreach/components/charity-page';

export function Component() {
  return <CharityPage />;
}
