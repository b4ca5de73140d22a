import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { supervisionKey } from './get-visit';

export type FacilitySupervisionRow = Schemas['FacilitySupervisionRow'];

/** Per facility: visits, last and next visit, recommendations open, overdue and awaiting review. */
export function useSupervisionOverview() {
  return useQuery({
    queryKey: [...supervisionKey, 'overview'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/supervision/overview', { signal })),
  });
}
