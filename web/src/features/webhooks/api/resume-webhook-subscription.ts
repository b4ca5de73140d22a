import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { webhooksKey } from './list-webhook-subscriptions';

/** Delivers again, also after the platform paused a subscription that failed for a day. */
export function useResumeWebhookSubscription() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (subscriptionId: string) => unwrap(api.POST('/api/v1/webhooks/subscriptions/{subscriptionId}/resume', { params: { path: { subscriptionId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhooksKey }),
  });
}
