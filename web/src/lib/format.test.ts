// @vitest-environment node
import dayjs from 'dayjs';
import { ESLint } from 'eslint';
import { formatDate, formatInteger, formatNumber, formatPercent, formatVnd, formatVndRange, parseDisplayDate, sortVietnamese, toIsoDate, todayIso } from './format';

describe('format', () => {
  it('writes VND with dot thousands, no decimals and the đồng sign', () => {
    expect(formatVnd(1234567)).toBe('1.234.567 ₫');
    expect(formatVnd(1234567.6)).toBe('1.234.568 ₫');
    expect(formatVndRange(100_000_000, 150_000_000)).toBe('100.000.000 – 150.000.000 ₫');
    expect(formatVndRange(100_000_000, null)).toBe('100.000.000 ₫');
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

  it('writes decimal comma and dot thousands in Vietnamese, the English forms in English', () => {
    expect(formatNumber(30.4, 'vi')).toBe('30,4');
    expect(formatInteger(17408, 'vi')).toBe('17.408');
    expect(formatInteger(2180, 'vi')).toBe('2.180');
    expect(formatNumber(30.4, 'en')).toBe('30.4');
    expect(formatInteger(17408, 'en')).toBe('17,408');
  });
});

describe('Vietnamese order', () => {
  it('puts đ after d and before e, and "Đa khoa" before "Mắt"', () => {
    const names = ['Em', 'Đặng', 'Dương', 'Bệnh viện Mắt', 'Bệnh viện Đa khoa', 'Ánh', 'Anh', 'Ăn'];
    expect(sortVietnamese(names, (n) => n)).toEqual(['Anh', 'Ánh', 'Ăn', 'Bệnh viện Đa khoa', 'Bệnh viện Mắt', 'Dương', 'Đặng', 'Em']);
  });
});

describe('the number lint rule', () => {
  it('refuses raw toFixed, toLocaleString and Intl.NumberFormat on numbers in web/src', async () => {
    const eslint = new ESLint();
    const code = 'export const a = (n: number) => n.toFixed(1);\nexport const b = (n: number) => n.toLocaleString();\nexport const c = new Intl.NumberFormat("vi");\n';
    const [result] = await eslint.lintText(code, { filePath: 'src/features/kpis/components/raw-number.tsx' });
    expect(result.messages.filter((m) => m.ruleId === 'no-restricted-syntax')).toHaveLength(3);
    const [allowed] = await eslint.lintText(code, { filePath: 'src/lib/format.ts' });
    expect(allowed.messages.filter((m) => m.ruleId === 'no-restricted-syntax')).toHaveLength(0);
  }, 60_000);
});

describe('parseDisplayDate', () => {
  it('reads day first, the Vietnamese way', () => {
    expect(parseDisplayDate('05/03/2025')).toBe('2025-03-05');
    expect(parseDisplayDate('5/3/2025')).toBe('2025-03-05');
    expect(parseDisplayDate('23.03.2025')).toBe('2025-03-23');
    expect(parseDisplayDate(' 23-03-2025 ')).toBe('2025-03-23');
  });

  it('refuses partial and impossible dates', () => {
    expect(parseDisplayDate('23/03/20')).toBeNull();
    expect(parseDisplayDate('31/02/2025')).toBeNull();
    expect(parseDisplayDate('29/02/2025')).toBeNull();
    expect(parseDisplayDate('2025-03-23')).toBeNull();
    expect(parseDisplayDate('')).toBeNull();
  });
});

describe('todayIso', () => {
  afterEach(() => vi.useRealTimers());

  it('is the device’s date as yyyy-MM-dd', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 5, 23, 30));
    expect(todayIso()).toBe('2026-03-05');
  });
});
