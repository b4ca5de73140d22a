import dayjs from 'dayjs';

/** The API computes KPIs for dates in this range only. */
export const minAsOf = '2000-01-01';
export const maxAsOf = '2050-12-31';

/** Today as yyyy-MM-dd on this device. */
export function todayIso(): string {
  return dayjs().format('YYYY-MM-DD');
}

/** A real yyyy-MM-dd date the API accepts ("2026-02-31" and "2099-01-01" are not). */
export function isAsOf(value: string | null | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return dayjs(value).format('YYYY-MM-DD') === value && value >= minAsOf && value <= maxAsOf;
}

/**
 * Reads a date typed as dd/MM/yyyy (also d/M/yyyy, "-" or "." between the parts) into yyyy-MM-dd.
 * Mantine's default parser reads "05/03/2026" the American way; null until the text is a whole, real date.
 */
export function parseDisplayDate(text: string): string | null {
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!match) return null;
  const [, day, month, year] = match.map(Number);
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isAsOf(iso) ? iso : null;
}

/**
 * Where a date sits on a year axis whose tick Y is the end of year Y: 31/12/2025 → 2025,
 * 22/11/2026 → 2025.89. Year-end snapshots and yearly targets then share the same ticks.
 */
export function yearEndPosition(iso: string): number {
  const date = dayjs(iso);
  const start = dayjs(`${date.year()}-01-01`);
  const daysInYear = dayjs(`${date.year() + 1}-01-01`).diff(start, 'day');
  return date.year() - 1 + (date.diff(start, 'day') + 1) / daysInYear;
}
