import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type PublicCampaign = Schemas['PublicCampaign'];

/** The disclosure page is live from the ledger: read again every minute while open. */
export const publicCampaignQuery = (campaignId: string) =>
  queryOptions({
    queryKey: ['public-campaign', campaignId],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/public/campaigns/{campaignId}', { params: { path: { campaignId } }, signal })),
    refetchInterval: 60_000,
  });

export function usePublicCampaign(campaignId: string) {
  return useQuery(publicCampaignQuery(campaignId));
}
