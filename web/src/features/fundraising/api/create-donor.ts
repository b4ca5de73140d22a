import { api, unwrap, type Schemas } from '@/lib/api/client';
import { useLedgerMutation } from './use-ledger-mutation';

export type CreateDonorInput = Schemas['CreateDonor'];

export function useCreateDonor() {
  return useLedgerMutation((body: CreateDonorInput) => unwrap(api.POST('/api/v1/fundraising/donors', { body })));
}
