import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { mfaStatusKey } from './mfa-status';

/** A new set of recovery codes (a current code required); the old ones stop working. */
export function useRegenerateRecoveryCodes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => unwrap(api.POST('/api/v1/me/mfa/recovery-codes', { body: { code } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: mfaStatusKey }),
  });
}
