import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type ReceptionPoint = Schemas['ReceptionPointDto'];

export const receptionPointsKey = ['reception', 'points'] as const;

export const receptionPointsQuery = () =>
  queryOptions({ queryKey: receptionPointsKey, queryFn: ({ signal }) => unwrap(api.GET('/api/v1/reception/points', { signal })) });

export function useReceptionPoints() {
  return useQuery(receptionPointsQuery());
}
