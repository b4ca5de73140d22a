import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { mfaStatusKey } from './mfa-status';

export type DisableMfaInput = Schemas['DisableMfa'];

/** Turns MFA off with a current code or the password (refused where it is required). */
export function useDisableMfa() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DisableMfaInput) => unwrap(api.POST('/api/v1/me/mfa/disable', { body: input })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: mfaStatusKey }),
  });
}
