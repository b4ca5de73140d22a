import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

/** Run on demand (a button), not cached: it recomputes every balance from the ledger. */
export function useCheckConsistency() {
  return useMutation({ mutationFn: () => unwrap(api.GET('/api/v1/fundraising/consistency')) });
}
