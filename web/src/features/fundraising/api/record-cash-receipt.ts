import { api, unwrap, type Schemas } from '@/lib/api/client';
import { useLedgerMutation } from './use-ledger-mutation';

export type RecordCashReceiptInput = Schemas['RecordCashReceipt'];

export function useRecordCashReceipt(campaignId: string) {
  return useLedgerMutation((body: RecordCashReceiptInput) =>
    unwrap(api.POST('/api/v1/fundraising/campaigns/{campaignId}/cash-receipts', { params: { path: { campaignId } }, body })),
  );
}
