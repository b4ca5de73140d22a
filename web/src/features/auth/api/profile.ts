import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type Profile = Schemas['ProfileDto'];

export const profileKey = ['me', 'profile'] as const;

/** The signed-in user's own name, phone number and language. */
export const profileQuery = () =>
  queryOptions({
    queryKey: profileKey,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/me/profile', { signal })),
  });

export function useProfile() {
  return useQuery(profileQuery());
}
