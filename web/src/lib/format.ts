import dayjs from 'dayjs';
import i18n from 'i18next';

const vnd = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 });

/** vi-VN writes "17.408" and "30,4"; en-GB "17,408" and "30.4". Every number a screen shows goes through here (a lint rule forbids toFixed/toLocaleString). */
const locales = { vi: 'vi-VN', en: 'en-GB' } as const;
type Language = keyof typeof locales | string;
const localeOf = (language: Language = 'vi') => (language === 'en' ? locales.en : locales.vi);
/** The portal's language when a caller does not say: English screens get English numbers without each call site passing it. */
const current = (): Language => (i18n.language === 'en' ? 'en' : 'vi');

/** 1234567 -> "1.234.567 ₫" (VND has no minor unit; a regular space for predictable layout and tests). */
export function formatVnd(amount: number): string {
  return vnd.format(Math.round(amount)).replace(/\u00a0/g, ' ');
}

/** A fundraising target: 100000000, 150000000 -> "100.000.000 – 150.000.000 ₫"; the minimum alone when there is no (other) top. */
export function formatVndRange(minimum: number, maximum?: number | null): string {
  if (maximum == null || maximum === minimum) return formatVnd(minimum);
  return `${formatVnd(minimum).replace(/\s*₫$/, '')} – ${formatVnd(maximum)}`;
}

/** 17408 -> "17.408" in Vietnamese, "17,408" in English. */
export function formatInteger(value: number, language: Language = current()): string {
  return new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 0 }).format(value);
}

/** 30.4 -> "30,4" in Vietnamese, "30.4" in English (up to `maximumFractionDigits`, default 1). */
export function formatNumber(value: number, language: Language = current(), maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(localeOf(language), { maximumFractionDigits }).format(value);
}

/**
 * The Vietnamese alphabetical order (đ after d, ă â after a, ơ after ô, tones only break ties):
 * "Dương" < "Đặng" < "Em"; the API orders its lists the same way (VietnameseCollation).
 */
export const vietnameseCollator = new Intl.Collator('vi', { numeric: true });

/** Sorts a copy of the list by the Vietnamese order of the name each item gives. */
export function sortVietnamese<T>(items: readonly T[], name: (item: T) => string): T[] {
  return [...items].sort((a, b) => vietnameseCollator.compare(name(a), name(b)));
}

/** 43.33 -> "43,33 %" in Vietnamese, "43.33%" in English. */
export function formatPercent(value: number, language: Language = current()): string {
  const formatted = new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 2 }).format(value);
  return language === 'en' ? `${formatted}%` : `${formatted} %`;
}

/** A change with its sign: 1.25 -> "+1,25", -2.5 -> "-2,5" in Vietnamese (up to two decimals). */
export function formatChange(value: number, language: Language = current()): string {
  return new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(value);
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

