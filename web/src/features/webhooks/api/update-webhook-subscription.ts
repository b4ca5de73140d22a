import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { webhooksKey } from './list-webhook-subscriptions';

export type UpdateWebhookSubscriptionInput = Schemas['UpdateWebhookSubscription'] & { subscriptionId: string };

/** Changes the URL, events or description, against the version read (409 stale-version otherwise). */
export function useUpdateWebhookSubscription() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ subscriptionId, ...body }: UpdateWebhookSubscriptionInput) =>
      unwrap(api.PUT('/api/v1/webhooks/subscriptions/{subscriptionId}', { params: { path: { subscriptionId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhooksKey }),
  });
}
