import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { clientsKey } from './list-clients';

/** The facility's open data-subject requests, soonest due first; overdue ones flagged by the API. */
export function useOpenDataRequests() {
  return useQuery({
    queryKey: [...clientsKey, 'data-requests', 'open'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/data-requests', { params: { query: { openOnly: true } }, signal })),
  });
}
