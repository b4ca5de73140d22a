import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { webhooksKey } from './list-webhook-subscriptions';

/** Stops deliveries until resumed. */
export function usePauseWebhookSubscription() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (subscriptionId: string) => unwrap(api.POST('/api/v1/webhooks/subscriptions/{subscriptionId}/pause', { params: { path: { subscriptionId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhooksKey }),
  });
}
