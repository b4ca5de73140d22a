import dayjs from 'dayjs';
import { formatDate, formatPercent, formatVnd, toIsoDate } from './format';

describe('format', () => {
  it('writes VND with dot thousands, no decimals and the đồng sign', () => {
    expect(formatVnd(1234567)).toBe('1.234.567 ₫');
    expect(formatVnd(1234567.6)).toBe('1.234.568 ₫');
    expect(formatVnd(0)).toBe('0 ₫');
  });

  it('writes dates as dd/MM/yyyy and sends them as yyyy-MM-dd', () => {
    expect(formatDate('2025-03-23')).toBe('23/03/2025');
    expect(formatDate(null)).toBe('');
    expect(toIsoDate(dayjs('2030-12-31'))).toBe('2030-12-31');
  });

  it('writes shares with a decimal comma in Vietnamese', () => {
    expect(formatPercent(43.33)).toBe('43,33 %');
    expect(formatPercent(43.33, 'en')).toBe('43.33%');
  });
});
