import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { fundraisingKey } from './keys';

export type LedgerEntry = Schemas['LedgerEntryDto'];
export type EntryKind = Schemas['EntryKind'];

export const statementQuery = (campaignId: string) =>
  queryOptions({
    queryKey: [...fundraisingKey, 'statement', campaignId],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/fundraising/campaigns/{campaignId}/statement', { params: { path: { campaignId } }, signal })),
  });

export function useStatement(campaignId: string) {
  return useQuery(statementQuery(campaignId));
}
