import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { webhooksKey } from './list-webhook-subscriptions';

/** Removes a subscription and its delivery log. */
export function useDeleteWebhookSubscription() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (subscriptionId: string) => unwrap(api.DELETE('/api/v1/webhooks/subscriptions/{subscriptionId}', { params: { path: { subscriptionId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhooksKey }),
  });
}
