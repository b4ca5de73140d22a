import { parseDisplayDate } from './dates';

describe('parseDisplayDate', () => {
  it('reads day first, the Vietnamese way', () => {
    expect(parseDisplayDate('05/03/2025')).toBe('2025-03-05');
    expect(parseDisplayDate('5/3/2025')).toBe('2025-03-05');
    expect(parseDisplayDate('23.03.2025')).toBe('2025-03-23');
  });

  it('refuses partial and impossible dates', () => {
    expect(parseDisplayDate('23/03/20')).toBeNull();
    expect(parseDisplayDate('31/02/2025')).toBeNull();
    expect(parseDisplayDate('2025-03-23')).toBeNull();
    expect(parseDisplayDate('')).toBeNull();
  });
});
