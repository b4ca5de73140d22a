import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { profileKey } from './profile';

export type UpdateProfileInput = Schemas['UpdateProfile'];

/** Saves one's name, phone number and language (of the portal and of the e-mails). */
export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateProfileInput) => unwrap(api.PUT('/api/v1/me/profile', { body: input })),
    onSuccess: (profile) => {
      queryClient.setQueryData(profileKey, profile);
      // The header shows the name from /me.
      return queryClient.invalidateQueries({ queryKey: ['me'] });
    },
  });
}
