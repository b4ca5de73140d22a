/**
 * The event catalogue (api Domain/Webhooks WebhookEventTypes.All and the README's table). The API has no endpoint
 * for it and refuses any other type with "webhook-event-unknown", so a type added there must be added here too.
 */
export const webhookEventTypes = [
  'referral.received',
  'report.submitted',
  'report.approved',
  'ledger.entry.recorded',
  'case.closed',
  'unit-status.changed',
  'tally.recorded',
] as const;

export type WebhookEventType = (typeof webhookEventTypes)[number];
