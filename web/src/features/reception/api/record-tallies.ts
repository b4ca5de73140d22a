import { api, unwrap, type Schemas } from '@/lib/api/client';

export type TallyEntry = Schemas['TallyEntry'];
export type ContactKind = Schemas['ContactKind'];

/** Sends queued taps; the API skips any it already counted, so a resend after a lost answer is harmless. */
export function recordTallies(entries: TallyEntry[]) {
  return unwrap(api.POST('/api/v1/reception/tallies', { body: { entries } }));
}
