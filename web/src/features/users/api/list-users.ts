import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type User = Schemas['UserDto'];
export type UserRole = Schemas['UserRole'];

export const usersKey = ['users', 'list'] as const;

/** The accounts the caller administers: its facility's for a facility admin, every account for a platform admin. */
export const usersQuery = () =>
  queryOptions({
    queryKey: usersKey,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/users', { signal })),
  });

export function useUsers() {
  return useQuery(usersQuery());
}
