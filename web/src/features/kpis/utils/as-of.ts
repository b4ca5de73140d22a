import dayjs from 'dayjs';

/** The API computes KPIs for dates in this range only. */
export const minAsOf = '2000-01-01';
export const maxAsOf = '2050-12-31';

/** A real yyyy-MM-dd date the API accepts ("2026-02-31" and "2099-01-01" are not). */
export function isAsOf(value: string | null | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return dayjs(value).format('YYYY-MM-DD') === value && value >= minAsOf && value <= maxAsOf;
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
