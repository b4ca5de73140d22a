import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { fundraisingKey } from './keys';

export type CampaignDetail = Schemas['CampaignDetail'];
export type StockLine = Schemas['StockLine'];

export const campaignQuery = (campaignId: string) =>
  queryOptions({
    queryKey: [...fundraisingKey, 'campaign', campaignId],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/fundraising/campaigns/{campaignId}', { params: { path: { campaignId } }, signal })),
  });

export function useCampaign(campaignId: string) {
  return useQuery(campaignQuery(campaignId));
}
