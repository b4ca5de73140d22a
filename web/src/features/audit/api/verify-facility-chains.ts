import { useMutation } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type ChainVerification = Schemas['ChainVerification'];

/** Recomputes the facility's two hash chains (audit log, then fundraising ledger). */
export function useVerifyFacilityChains() {
  return useMutation({
    mutationFn: async (): Promise<ChainVerification[]> =>
      Promise.all(
        (['Audit', 'Ledger'] as const).map((chain) => unwrap(api.GET('/api/v1/audit/verification', { params: { query: { chain } } }))),
      ),
  });
}
