import { api, unwrap, type Schemas } from '@/lib/api/client';
import { useLedgerMutation } from './use-ledger-mutation';

export type RecordDistributionInput = Schemas['RecordDistribution'];
export type RecipientKind = Schemas['RecipientKind'];

export function useRecordDistribution(campaignId: string) {
  return useLedgerMutation((body: RecordDistributionInput) =>
    unwrap(api.POST('/api/v1/fundraising/campaigns/{campaignId}/distributions', { params: { path: { campaignId } }, body })),
  );
}
