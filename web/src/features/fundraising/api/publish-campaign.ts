import { api, unwrap } from '@/lib/api/client';
import { useLedgerMutation } from './use-ledger-mutation';

export function usePublishCampaign() {
  return useLedgerMutation((campaignId: string) => unwrap(api.POST('/api/v1/fundraising/campaigns/{campaignId}/publish', { params: { path: { campaignId } } })));
}
