import dayjs from 'dayjs';

/**
 * Reads a date typed as dd/MM/yyyy (also d/M/yyyy, with "-" or "." between the parts) into the
 * API's yyyy-MM-dd. Mantine's default parser reads "05/03/2025" the American way (May 3rd), so
 * the date inputs of this feature use this one. Null while the text is not a whole, real date.
 */
export function parseDisplayDate(text: string): string | null {
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!match) return null;
  const [, day, month, year] = match.map(Number);
  const date = dayjs(new Date(year, month - 1, day));
  return date.isValid() && date.date() === day && date.month() === month - 1 && date.year() === year ? date.format('YYYY-MM-DD') : null;
}

/** Today as yyyy-MM-dd on this device. */
export function todayIso(): string {
  return dayjs().format('YYYY-MM-DD');
}
