import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { fundraisingKey } from './keys';

export type CampaignSummary = Schemas['CampaignSummary'];
export type CampaignStatus = Schemas['CampaignStatus'];

export const campaignsQuery = () =>
  queryOptions({
    queryKey: [...fundraisingKey, 'campaigns'],
    queryFn: async ({ signal }) => (await unwrap(api.GET('/api/v1/fundraising/campaigns', { params: { query: { pageSize: 200 } }, signal }))).items,
  });

export function useCampaigns() {
  return useQuery(campaignsQuery());
}
