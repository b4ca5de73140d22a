import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

/** A one-time ticket (a minute, once, this session) for the Hangfire dashboard: no token ever goes into its URL. */
export function useOpenJobsDashboard() {
  return useMutation({ mutationFn: () => unwrap(api.POST('/api/v1/jobs-dashboard/tickets')) });
}
