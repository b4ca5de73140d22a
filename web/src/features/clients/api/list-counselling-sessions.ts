import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { clientsKey } from './list-clients';

export type CounsellingSession = Schemas['CounsellingSessionDto'];

export function useCounsellingSessions(clientId: string) {
  return useQuery({
    queryKey: [...clientsKey, 'counselling', clientId],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/counselling-sessions', { params: { query: { clientId } }, signal })),
  });
}
