import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { webhooksKey } from './list-webhook-subscriptions';

export type WebhookDelivery = Schemas['WebhookDeliveryDto'];

export const webhookDeliveriesKey = (subscriptionId: string) => [...webhooksKey, 'deliveries', subscriptionId] as const;

/** A subscription's delivery log, newest first, one page at a time. */
export const webhookDeliveriesQuery = (subscriptionId: string, page: number, pageSize: number) =>
  queryOptions({
    queryKey: [...webhookDeliveriesKey(subscriptionId), { page, pageSize }],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/webhooks/subscriptions/{subscriptionId}/deliveries', { params: { path: { subscriptionId }, query: { page, pageSize } }, signal })),
    placeholderData: keepPreviousData,
  });

export function useWebhookDeliveries(subscriptionId: string, { page = 1, pageSize = 25 }: { page?: number; pageSize?: number } = {}) {
  return useQuery(webhookDeliveriesQuery(subscriptionId, page, pageSize));
}
