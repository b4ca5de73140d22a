import type { ProvinceProgress } from '../api/get-province-progress';
import { filterLines, fold, linesOf, sortLines } from './progress-table';

const cell = (indicatorCode: string, actual: number | null, percentAchieved: number | null, state: 'Met' | 'OnTrack' | 'Behind' | 'NoTarget' | 'NoData') => ({
  indicatorCode,
  actual,
  numerator: null,
  denominator: null,
  target: null,
  targetSource: 'National' as const,
  expected: null,
  percentAchieved,
  state,
});

const progress = {
  provinceId: 'p',
  asOf: '2026-06-30',
  year: 2026,
  indicators: [],
  totals: [],
  facilities: [
    { facilityId: 'a', code: 'BV-A', name: 'Bệnh viện Đa khoa Hòa Bình', type: 'PublicHospital', group: 'Curative', behindCount: 1, cells: [cell('MONEY_RAISED', 40, 40, 'Behind'), cell('CURATIVE_UNIT', 100, 100, 'Met')] },
    { facilityId: 'b', code: 'TT-B', name: 'Trung tâm Y tế Đông Sơn', type: 'DistrictHealthCentre', group: 'Preventive', behindCount: 0, cells: [cell('MONEY_RAISED', 90, 90, 'OnTrack')] },
    { facilityId: 'c', code: 'BV-C', name: 'Bệnh viện Nhi', type: 'PublicHospital', group: 'Curative', behindCount: 0, cells: [cell('MONEY_RAISED', null, null, 'NoData')] },
  ],
} as unknown as ProvinceProgress;

const lines = linesOf(progress);
const order = ['CURATIVE_UNIT', 'MONEY_RAISED'];

describe('the progress table', () => {
  it('folds Vietnamese names so that a search ignores diacritics and case', () => {
    expect(fold('Đông Sơn')).toBe('dong son');
    expect(filterLines(lines, { group: null, indicator: null, state: null, search: 'hoa binh' }).map((l) => l.facilityId)).toEqual(['a', 'a']);
    expect(filterLines(lines, { group: null, indicator: null, state: null, search: 'ĐÔNG' }).map((l) => l.facilityId)).toEqual(['b']);
  });

  it('filters by facility group, indicator and state together', () => {
    expect(filterLines(lines, { group: 'Curative', indicator: 'MONEY_RAISED', state: null, search: '' }).map((l) => l.facilityId)).toEqual(['a', 'c']);
    expect(filterLines(lines, { group: null, indicator: null, state: 'Behind', search: '' }).map((l) => l.key)).toEqual(['a-MONEY_RAISED']);
  });

  it('sorts by percent achieved either way, with missing values last', () => {
    const money = filterLines(lines, { group: null, indicator: 'MONEY_RAISED', state: null, search: '' });
    expect(sortLines(money, { key: 'percent', direction: 'asc' }, order).map((l) => l.facilityId)).toEqual(['a', 'b', 'c']);
    expect(sortLines(money, { key: 'percent', direction: 'desc' }, order).map((l) => l.facilityId)).toEqual(['b', 'a', 'c']);
  });

  it('sorts by state worst first, then by facility name in Vietnamese order', () => {
    expect(sortLines(lines, { key: 'state', direction: 'asc' }, order).map((l) => l.key)).toEqual([
      'a-MONEY_RAISED',
      'b-MONEY_RAISED',
      'a-CURATIVE_UNIT',
      'c-MONEY_RAISED',
    ]);
    expect(sortLines(lines, { key: 'facility', direction: 'desc' }, order).map((l) => l.facilityId)).toEqual(['b', 'c', 'a', 'a']);
  });
});
