import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type ReceptionSummary = Schemas['ReceptionSummary'];

export const receptionSummaryKey = ['reception', 'summary'] as const;

export const receptionSummaryQuery = () =>
  queryOptions({ queryKey: receptionSummaryKey, queryFn: ({ signal }) => unwrap(api.GET('/api/v1/reception/summary', { signal })) });

export function useReceptionSummary({ enabled = true } = {}) {
  return useQuery({ ...receptionSummaryQuery(), enabled });
}
