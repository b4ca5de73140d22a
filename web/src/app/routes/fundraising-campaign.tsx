import { useParams } from 'react-router';
import { CampaignPage } from '@/features/fundraising/components/campaign-page';

export function Component() {
  const { campaignId = '' } = useParams();
  return <CampaignPage key={campaignId} campaignId={campaignId} />;
}
