import type { TFunction } from 'i18next';
import type { WebhookDelivery } from '../api/list-webhook-deliveries';

/** "referral.received" is the key path events.referral.received: the catalogue's dots nest the texts. */
export function eventTypeLabel(t: TFunction<'webhooks'>, type: string): string {
  return t(`events.${type}` as never, { defaultValue: type });
}

export function eventTypeHint(t: TFunction<'webhooks'>, type: string): string {
  return t(`eventHints.${type}` as never, { defaultValue: '' });
}

/** A delivery's state as its badge colour. */
export const deliveryStatusColor: Record<WebhookDelivery['status'], string> = { Pending: 'yellow', Succeeded: 'teal', Failed: 'red' };
