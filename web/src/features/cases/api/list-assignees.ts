import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { casesKey } from './get-case';

export type Assignee = Schemas['Assignee'];

/** The facility's unit head, social workers and collaborators a case can be given to. */
export function useAssignees(enabled = true) {
  return useQuery({
    queryKey: [...casesKey, 'assignees'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/cases/assignees', { signal })),
    staleTime: 5 * 60_000,
    enabled,
  });
}
