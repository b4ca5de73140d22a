import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type ReceptionCounts = Schemas['ReceptionCounts'];
export type CountGranularity = Schemas['CountGranularity'];

export const receptionCountsQuery = (granularity: CountGranularity, from: string, to: string) =>
  queryOptions({
    queryKey: ['reception', 'counts', granularity, from, to],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/reception/counts', { params: { query: { granularity, from, to } }, signal })),
    placeholderData: keepPreviousData,
  });

export function useReceptionCounts(granularity: CountGranularity, from: string, to: string) {
  return useQuery(receptionCountsQuery(granularity, from, to));
}
