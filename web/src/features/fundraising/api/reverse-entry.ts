import { api, unwrap } from '@/lib/api/client';
import { useLedgerMutation } from './use-ledger-mutation';

export function useReverseEntry() {
  return useLedgerMutation(({ entryId, reason }: { entryId: string; reason: string }) =>
    unwrap(api.POST('/api/v1/fundraising/entries/{entryId}/reversal', { params: { path: { entryId } }, body: { reason } })),
  );
}
