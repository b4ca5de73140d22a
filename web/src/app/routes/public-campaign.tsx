import { useParams } from 'react-router';
import { PublicCampaignPage } from '@/features/public-campaign/components/public-campaign-page';

/** The public disclosure page: outside the signed-in shell, no login. */
export function Component() {
  const { campaignId = '' } = useParams();
  return <PublicCampaignPage campaignId={campaignId} />;
}
