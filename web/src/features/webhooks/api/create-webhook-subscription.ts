import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { webhooksKey } from './list-webhook-subscriptions';

export type CreateWebhookSubscriptionInput = Schemas['CreateWebhookSubscription'];
export type CreatedWebhookSubscription = Schemas['CreatedWebhookSubscription'];

/** Subscribes the caller's facility (or province); the answer carries the signing secret, which is never shown again. */
export function useCreateWebhookSubscription() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateWebhookSubscriptionInput) => unwrap(api.POST('/api/v1/webhooks/subscriptions', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhooksKey }),
  });
}
