import { api, unwrap, type Schemas } from '@/lib/api/client';
import { useLedgerMutation } from './use-ledger-mutation';

export function useChangeCampaignStatus(campaignId: string) {
  return useLedgerMutation((body: Schemas['ChangeCampaignStatus']) =>
    unwrap(api.POST('/api/v1/fundraising/campaigns/{campaignId}/status', { params: { path: { campaignId } }, body })),
  );
}
