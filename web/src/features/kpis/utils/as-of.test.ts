import { isAsOf, yearEndPosition } from './as-of';

describe('as-of dates', () => {
  it('accepts only real yyyy-MM-dd dates between 2000 and 2050 from the URL', () => {
    expect(isAsOf('2025-12-31')).toBe(true);
    expect(isAsOf('2025-13-01')).toBe(false);
    expect(isAsOf('1999-12-31')).toBe(false);
    expect(isAsOf('31/12/2025')).toBe(false);
    expect(isAsOf(null)).toBe(false);
  });

  it('puts a year-end snapshot on its year and a date inside the following year before it', () => {
    expect(yearEndPosition('2025-12-31')).toBe(2025);
    expect(yearEndPosition('2024-12-31')).toBe(2024);
    expect(yearEndPosition('2026-11-22')).toBeCloseTo(2025.89, 2);
    expect(yearEndPosition('2026-01-01')).toBeGreaterThan(2025);
  });
});
