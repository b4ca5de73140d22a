import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { charityKey } from './keys';

export type CharitySummary = Schemas['CharitySummary'];
export type CharityKind = Schemas['CharityKind'];

export const charitySummaryQuery = () =>
  queryOptions({ queryKey: [...charityKey, 'summary'], queryFn: ({ signal }) => unwrap(api.GET('/api/v1/charity/summary', { signal })) });

export function useCharitySummary() {
  return useQuery(charitySummaryQuery());
}
