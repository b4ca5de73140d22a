import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

/** A new signing secret at once (the old one stops signing); the answer is the only place it is shown. */
export function useRotateWebhookSecret() {
  return useMutation({
    mutationFn: (subscriptionId: string) => unwrap(api.POST('/api/v1/webhooks/subscriptions/{subscriptionId}/secret', { params: { path: { subscriptionId } } })),
  });
}
