import { api, unwrap, type Schemas } from '@/lib/api/client';
import { useLedgerMutation } from './use-ledger-mutation';

export type AcknowledgeInput = Schemas['AcknowledgeDistribution'];

export function useAcknowledgeDistribution() {
  return useLedgerMutation(({ entryId, body }: { entryId: string; body: AcknowledgeInput }) =>
    unwrap(api.POST('/api/v1/fundraising/entries/{entryId}/acknowledgement', { params: { path: { entryId } }, body })),
  );
}
