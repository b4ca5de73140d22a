import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type WebhookSubscription = Schemas['WebhookSubscriptionDto'];

export const webhooksKey = ['webhooks'] as const;
export const webhookSubscriptionsKey = [...webhooksKey, 'subscriptions'] as const;

/** The webhook subscriptions of the caller's facility (or province). */
export const webhookSubscriptionsQuery = () =>
  queryOptions({
    queryKey: webhookSubscriptionsKey,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/webhooks/subscriptions', { signal })),
  });

export function useWebhookSubscriptions() {
  return useQuery(webhookSubscriptionsQuery());
}
