import dayjs from 'dayjs';

const vnd = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 });
const integer = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

/** 1234567 -> "1.234.567 ₫" (VND has no minor unit; a regular space for predictable layout and tests). */
export function formatVnd(amount: number): string {
  return vnd.format(Math.round(amount)).replace(/\u00a0/g, ' ');
}

export function formatInteger(value: number): string {
  return integer.format(value);
}

/** 43.33 -> "43,33 %" in Vietnamese, "43.33%" in English. */
export function formatPercent(value: number, language = 'vi'): string {
  const formatted = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 2 }).format(value);
  return language === 'en' ? `${formatted}%` : `${formatted} %`;
}

/** A change with its sign: 1.25 -> "+1,25", -2.5 -> "-2,5" in Vietnamese (up to two decimals). */
export function formatChange(value: number, language = 'vi'): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(value);
}

export const dateFormat = 'DD/MM/YYYY';

function formatMoment(value: string | null | undefined, pattern: string): string {
  const date = value ? dayjs(value) : null;
  return date?.isValid() ? date.format(pattern) : '';
}

/** ISO "2025-03-23" (or a timestamp) -> "23/03/2025". Empty for missing values. */
export function formatDate(value: string | null | undefined): string {
  return formatMoment(value, dateFormat);
}

/** A timestamp -> "23/03/2025 14:05" in the device's time zone. Empty for missing values. */
export function formatDateTime(value: string | null | undefined): string {
  return formatMoment(value, `${dateFormat} HH:mm`);
}

/** A date as the API takes it: yyyy-MM-dd. */
export function toIsoDate(value: dayjs.Dayjs): string {
  return value.format('YYYY-MM-DD');
}

/** Today as yyyy-MM-dd on this device. */
export function todayIso(): string {
  return toIsoDate(dayjs());
}

/**
 * Reads a date typed as dd/MM/yyyy (also d/M/yyyy, with "-" or "." between the parts) into the
 * API's yyyy-MM-dd. Mantine's default parser reads "05/03/2025" the American way (May 3rd), so
 * the date inputs use this one (DateInput's dateParser). Null while the text is not a whole, real date.
 */
export function parseDisplayDate(text: string): string | null {
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!match) return null;
  const [, day, month, year] = match.map(Number);
  const date = dayjs(new Date(year, month - 1, day));
  return date.isValid() && date.date() === day && date.month() === month - 1 && date.year() === year ? toIsoDate(date) : null;
}

