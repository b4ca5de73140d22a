import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { communicationKey } from './keys';

export type CommunicationCounts = Schemas['CommunicationCounts'];

export const communicationCountsQuery = (from: string, to: string) =>
  queryOptions({
    queryKey: [...communicationKey, 'counts', from, to],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/communication/counts', { params: { query: { granularity: 'Year', from, to } }, signal })),
  });

export function useCommunicationCounts(from: string, to: string) {
  return useQuery(communicationCountsQuery(from, to));
}
