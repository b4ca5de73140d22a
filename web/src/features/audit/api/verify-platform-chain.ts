import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ChainVerification } from './verify-facility-chains';

/** Recomputes the platform's audit chain. */
export function useVerifyPlatformChain() {
  return useMutation({
    mutationFn: async (): Promise<ChainVerification[]> => [await unwrap(api.GET('/api/v1/platform/audit/verification'))],
  });
}
