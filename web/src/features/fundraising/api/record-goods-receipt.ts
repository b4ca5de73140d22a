import { api, unwrap, type Schemas } from '@/lib/api/client';
import { useLedgerMutation } from './use-ledger-mutation';

export type RecordGoodsReceiptInput = Schemas['RecordGoodsReceipt'];

export function useRecordGoodsReceipt(campaignId: string) {
  return useLedgerMutation((body: RecordGoodsReceiptInput) =>
    unwrap(api.POST('/api/v1/fundraising/campaigns/{campaignId}/goods-receipts', { params: { path: { campaignId } }, body })),
  );
}
