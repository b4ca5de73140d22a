import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { clientsKey } from './list-clients';

export type RetentionDueItem = Schemas['RetentionDueItemDto'];

/** What the last monthly retention review listed: records past their retention period, for review. */
export function useRetentionDue() {
  return useQuery({
    queryKey: [...clientsKey, 'retention-due'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/retention/due', { signal })),
  });
}
