import { useMutation } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type AcceptInvitationInput = Schemas['AcceptInvitation'];

/** Sets the first password with the token of an invitation e-mail. */
export function useAcceptInvitation() {
  return useMutation({
    mutationFn: (input: AcceptInvitationInput) => unwrap(api.POST('/api/v1/auth/accept-invitation', { body: input })),
  });
}
