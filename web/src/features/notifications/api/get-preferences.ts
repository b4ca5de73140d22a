import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type NotificationPreference = Schemas['NotificationPreferenceDto'];

export const preferencesKey = ['me', 'notification-preferences'] as const;

/** Which kinds I also get by e-mail (urgent ones at once, the rest in the morning digest). */
export const preferencesQuery = () =>
  queryOptions({
    queryKey: preferencesKey,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/me/notification-preferences', { signal })),
  });

export function usePreferences() {
  return useQuery(preferencesQuery());
}
