import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { fundraisingKey } from './keys';

export type FundraisingSummary = Schemas['FundraisingSummary'];

export const summaryQuery = () =>
  queryOptions({
    queryKey: [...fundraisingKey, 'summary'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/fundraising/summary', { signal })),
  });

export function useFundraisingSummary() {
  return useQuery(summaryQuery());
}
