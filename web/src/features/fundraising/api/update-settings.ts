import { api, unwrap, type Schemas } from '@/lib/api/client';
import { useLedgerMutation } from './use-ledger-mutation';

export function useUpdateFundraisingSettings() {
  return useLedgerMutation((body: Schemas['UpdateFundraisingSettings']) => unwrap(api.PUT('/api/v1/fundraising/settings', { body })));
}
