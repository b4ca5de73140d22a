import { infiniteQueryOptions, queryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { fundraisingKey } from './keys';

export type LedgerEntry = Schemas['LedgerEntryDto'];
export type EntryKind = Schemas['EntryKind'];
export type CampaignStatement = Schemas['CampaignStatement'];

const statementPage = (campaignId: string, cursor: string | undefined, pageSize: number, signal: AbortSignal) =>
  unwrap(api.GET('/api/v1/fundraising/campaigns/{campaignId}/statement', { params: { path: { campaignId }, query: { cursor, pageSize } }, signal }));

/** The statement a page at a time (the API pages by cursor; each page's running balance carries on from the last). */
export const statementQuery = (campaignId: string) =>
  infiniteQueryOptions({
    queryKey: [...fundraisingKey, 'statement', campaignId],
    queryFn: ({ pageParam, signal }) => statementPage(campaignId, pageParam, 200, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page: CampaignStatement) => page.nextCursor ?? undefined,
  });

export function useStatement(campaignId: string) {
  return useInfiniteQuery(statementQuery(campaignId));
}

/** One entry of the statement (a receipt to print): pages are read in turn until it is found. */
export const statementEntryQuery = (campaignId: string, entryId: string) =>
  queryOptions({
    queryKey: [...fundraisingKey, 'statement', campaignId, 'entry', entryId],
    queryFn: async ({ signal }) => {
      let cursor: string | undefined;
      do {
        const page = await statementPage(campaignId, cursor, 1000, signal);
        const entry = page.entries.find((e) => e.id === entryId);
        if (entry) return entry;
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return null;
    },
  });
