import { CampaignsPage } from '@/features/fundraising/components/campaigns-page';

export function Component() {
  return <CampaignsPage />;
}
