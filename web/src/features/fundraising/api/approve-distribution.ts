import { api, unwrap } from '@/lib/api/client';
import { useLedgerMutation } from './use-ledger-mutation';

export function useApproveDistribution() {
  return useLedgerMutation((entryId: string) => unwrap(api.POST('/api/v1/fundraising/entries/{entryId}/approval', { params: { path: { entryId } } })));
}
