/**
 * The event catalogue (api Domain/Webhooks WebhookEventTypes.All, served to integrators by GET /webhooks/event-types,
 * and the README's table). Kept here with the portal's own labels; the API refuses any other type with
 * "webhook-event-unknown", so a type added there must be added here too.
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
