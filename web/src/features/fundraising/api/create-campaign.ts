import { api, unwrap, type Schemas } from '@/lib/api/client';
import { useLedgerMutation } from './use-ledger-mutation';

export type CreateCampaignInput = Schemas['CreateCampaign'];

export function useCreateCampaign() {
  return useLedgerMutation((body: CreateCampaignInput) => unwrap(api.POST('/api/v1/fundraising/campaigns', { body })));
}
