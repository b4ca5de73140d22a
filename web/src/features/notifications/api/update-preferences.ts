import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { preferencesKey } from './get-preferences';

export type PreferenceChange = Schemas['NotificationPreferenceChange'];

export function useUpdatePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (preferences: PreferenceChange[]) => unwrap(api.PUT('/api/v1/me/notification-preferences', { body: { preferences } })),
    onSuccess: (data) => queryClient.setQueryData(preferencesKey, data),
  });
}
