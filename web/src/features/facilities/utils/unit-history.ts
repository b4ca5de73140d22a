import type { UnitStatusEntry } from '../api/get-facility';

export type EntryState = 'current' | 'upcoming' | 'inForce' | 'superseded' | 'retraction';

export type HistoryRow = {
  entry: UnitStatusEntry;
  state: EntryState;
  /** The entry this one corrects or retracts, when it is in the list. */
  original?: UnitStatusEntry;
  /** The later entry that corrected or retracted this one. */
  correctedBy?: UnitStatusEntry;
};

const chronological = (a: UnitStatusEntry, b: UnitStatusEntry) =>
  a.effectiveDate.localeCompare(b.effectiveDate) || a.recordedAt.localeCompare(b.recordedAt);

/**
 * The unit's history in the order it happened (effective date, then when it was recorded), each
 * entry with its state: the one in effect today, a later one not yet effective, an earlier one still
 * in force, one superseded by a correction or withdrawn by a retraction, or the retraction itself.
 * Nothing is dropped: a correction never hides what it corrected.
 */
export function historyRows(entries: UnitStatusEntry[], today: string): HistoryRow[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const correctedBy = new Map<string, UnitStatusEntry>();
  for (const e of entries) if (e.correctsId) correctedBy.set(e.correctsId, e);

  const sorted = [...entries].sort(chronological);
  const current = sorted.filter((e) => e.isInForce && !e.isRetraction && e.effectiveDate <= today).at(-1);

  return sorted.map((entry) => ({
    entry,
    original: entry.correctsId ? byId.get(entry.correctsId) : undefined,
    correctedBy: correctedBy.get(entry.id),
    state: entry.isRetraction
      ? 'retraction'
      : !entry.isInForce
        ? 'superseded'
        : entry.id === current?.id
          ? 'current'
          : entry.effectiveDate > today
            ? 'upcoming'
            : 'inForce',
  }));
}

/** The entry in effect today, if any: what a new change starts from. */
export function currentEntry(entries: UnitStatusEntry[], today: string): UnitStatusEntry | undefined {
  return historyRows(entries, today).find((row) => row.state === 'current')?.entry;
}
