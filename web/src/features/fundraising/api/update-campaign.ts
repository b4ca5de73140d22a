import { api, unwrap, type Schemas } from '@/lib/api/client';
import { useLedgerMutation } from './use-ledger-mutation';

export type UpdateCampaignInput = Schemas['UpdateCampaign'];

/** Changes a campaign's description, dates, target range and transfer account; send the version read (409 when stale). */
export function useUpdateCampaign(campaignId: string) {
  return useLedgerMutation((body: UpdateCampaignInput) =>
    unwrap(api.PUT('/api/v1/fundraising/campaigns/{campaignId}', { params: { path: { campaignId } }, body })),
  );
}
