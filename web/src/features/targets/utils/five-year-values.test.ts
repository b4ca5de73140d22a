import type { Indicator } from '../api/get-province-progress';
import { pathRows, periodLabel, periodStartOf, periodYears, toGrid, toTargets } from './five-year-values';

const indicator = (code: string, unit: Indicator['unit'], direction: Indicator['direction'] = 'HigherIsBetter'): Indicator => ({
  code,
  nameVi: code,
  nameEn: code,
  unit,
  direction,
  source: 'Cases',
  groups: ['Curative'],
  definitionVi: '',
  definitionEn: '',
  nationalTarget: null,
});
const trained = indicator('MEDICAL_STAFF_TRAINED', 'Percent');
const money = indicator('MONEY_RAISED', 'Vnd');
const reception = indicator('RECEPTION_CONTACTS', 'Count');

describe('five-year periods', () => {
  it('start in a year ending in 1 or 6', () => {
    expect([2026, 2028, 2030, 2031, 2035, 2036].map(periodStartOf)).toEqual([2026, 2026, 2026, 2031, 2031, 2036]);
    expect(periodYears(2026)).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(periodLabel(2031)).toBe('2031–2035');
  });
});

describe('the targets grid', () => {
  it('has a row per indicator with an empty cell per year, filled from the plan', () => {
    const grid = toGrid([{ indicatorCode: 'MONEY_RAISED', year: 2027, value: 110_000_000 }], [trained, money], 2026);
    expect(grid.MEDICAL_STAFF_TRAINED).toEqual({ 2026: '', 2027: '', 2028: '', 2029: '', 2030: '' });
    expect(grid.MONEY_RAISED[2027]).toBe(110_000_000);
    expect(grid.MONEY_RAISED[2026]).toBe('');
  });

  it('sends only the filled cells, in catalogue order then by year, and keeps a zero', () => {
    const grid = toGrid([], [trained, money, reception], 2026);
    grid.RECEPTION_CONTACTS[2028] = 0;
    grid.MONEY_RAISED[2030] = 150_000_000;
    grid.MONEY_RAISED[2026] = 100_000_000;
    grid.MEDICAL_STAFF_TRAINED[2029] = 72.5;
    expect(toTargets(grid, ['MEDICAL_STAFF_TRAINED', 'MONEY_RAISED', 'RECEPTION_CONTACTS'])).toEqual([
      { indicatorCode: 'MEDICAL_STAFF_TRAINED', year: 2029, value: 72.5 },
      { indicatorCode: 'MONEY_RAISED', year: 2026, value: 100_000_000 },
      { indicatorCode: 'MONEY_RAISED', year: 2030, value: 150_000_000 },
      { indicatorCode: 'RECEPTION_CONTACTS', year: 2028, value: 0 },
    ]);
  });
});

describe('the annual plan against the five-year path', () => {
  const fiveYear = {
    planId: 'p',
    startYear: 2026,
    endYear: 2030,
    status: 'Acknowledged' as const,
    targets: [
      { indicatorCode: 'MONEY_RAISED', value: 110_000_000 },
      { indicatorCode: 'MEDICAL_STAFF_TRAINED', value: 50 },
      { indicatorCode: 'RECEPTION_CONTACTS', value: 20_000 },
    ],
  };

  it('is on the path at or above the year target, below it otherwise, and says when the year sets none', () => {
    const rows = pathRows(
      [
        { indicatorCode: 'MONEY_RAISED', value: 105_000_000, text: null },
        { indicatorCode: 'MEDICAL_STAFF_TRAINED', value: 50, text: null },
        { indicatorCode: null, value: null, text: 'Bữa cơm miễn phí' },
      ],
      fiveYear,
      [trained, money, reception],
    );
    expect(rows.map((r) => [r.indicator.code, r.fiveYearTarget, r.annualTarget, r.state])).toEqual([
      ['MEDICAL_STAFF_TRAINED', 50, 50, 'onPath'],
      ['MONEY_RAISED', 110_000_000, 105_000_000, 'belowPath'],
      ['RECEPTION_CONTACTS', 20_000, null, 'noAnnualTarget'],
    ]);
  });

  it('turns the comparison round when lower is better, and is empty without a five-year plan', () => {
    const waiting = indicator('WAITING_DAYS', 'Count', 'LowerIsBetter');
    const rows = pathRows([{ indicatorCode: 'WAITING_DAYS', value: 4, text: null }], { ...fiveYear, targets: [{ indicatorCode: 'WAITING_DAYS', value: 5 }] }, [waiting]);
    expect(rows[0].state).toBe('onPath');
    expect(pathRows([], null, [money])).toEqual([]);
  });
});
