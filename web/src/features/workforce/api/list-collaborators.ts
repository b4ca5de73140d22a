import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { workforceKey } from './keys';

export type Collaborator = Schemas['CollaboratorDto'];

export const collaboratorsQuery = () =>
  queryOptions({ queryKey: [...workforceKey, 'collaborators'], queryFn: ({ signal }) => unwrap(api.GET('/api/v1/workforce/collaborators', { signal })) });

export function useCollaborators() {
  return useQuery(collaboratorsQuery());
}
