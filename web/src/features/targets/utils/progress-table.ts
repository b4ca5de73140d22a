import { formatInteger, formatPercent, formatVnd, vietnameseCollator } from '@/lib/format';
import type { FacilityGroup, Indicator, ProgressState, ProvinceProgress } from '../api/get-province-progress';

/** One line of the province table: one facility, one indicator. */
export type ProgressLine = {
  key: string;
  facilityId: string;
  facilityCode: string;
  facilityName: string;
  /** The name folded (lower case, no diacritics) for the search. */
  searchName: string;
  group: FacilityGroup;
  indicatorCode: string;
  actual: number | null;
  target: number | null;
  expected: number | null;
  percentAchieved: number | null;
  state: ProgressState;
  targetSource: string;
  /** Last year's value, for an indicator that must rise year on year. */
  previousYear: number | null;
};

export type SortKey = 'facility' | 'indicator' | 'actual' | 'percent' | 'state';
export type Sort = { key: SortKey; direction: 'asc' | 'desc' };
export type Filters = { group: FacilityGroup | null; indicator: string | null; state: ProgressState | null; search: string };

/** Lower case without Vietnamese diacritics, so "benh vien" finds "Bệnh viện" (as the API's search does). */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .trim();
}

export function linesOf(progress: ProvinceProgress): ProgressLine[] {
  return progress.facilities.flatMap((f) =>
    f.cells.map((c) => ({
      key: `${f.facilityId}-${c.indicatorCode}`,
      facilityId: f.facilityId,
      facilityCode: f.code,
      facilityName: f.name,
      searchName: fold(f.name),
      group: f.group,
      indicatorCode: c.indicatorCode,
      actual: c.actual ?? null,
      target: c.target ?? null,
      expected: c.expected ?? null,
      percentAchieved: c.percentAchieved ?? null,
      state: c.state,
      targetSource: c.targetSource,
      previousYear: c.previousYear ?? null,
    })),
  );
}

export function filterLines(lines: ProgressLine[], filters: Filters): ProgressLine[] {
  const search = fold(filters.search);
  return lines.filter(
    (l) =>
      (filters.group === null || l.group === filters.group) &&
      (filters.indicator === null || l.indicatorCode === filters.indicator) &&
      (filters.state === null || l.state === filters.state) &&
      (search === '' || l.searchName.includes(search) || l.facilityCode.toLowerCase().includes(search)),
  );
}

/** Worst first when sorting by state: behind, on track, met, then nothing to judge. */
const stateRank: Record<ProgressState, number> = { Behind: 0, OnTrack: 1, Met: 2, NoData: 3, NoTarget: 4 };
const collator = vietnameseCollator;

export function sortLines(lines: ProgressLine[], sort: Sort, indicatorOrder: string[]): ProgressLine[] {
  const order = new Map(indicatorOrder.map((code, i) => [code, i]));
  // Missing numbers sort last whichever the direction.
  const byNumber = (a: number | null, b: number | null) => (a === null ? (b === null ? 0 : 1) : b === null ? -1 : 0);
  const compare = (a: ProgressLine, b: ProgressLine): number => {
    switch (sort.key) {
      case 'facility':
        return collator.compare(a.facilityName, b.facilityName);
      case 'indicator':
        return (order.get(a.indicatorCode) ?? 0) - (order.get(b.indicatorCode) ?? 0);
      case 'actual':
        return (a.actual ?? 0) - (b.actual ?? 0);
      case 'percent':
        return (a.percentAchieved ?? 0) - (b.percentAchieved ?? 0);
      case 'state':
        return stateRank[a.state] - stateRank[b.state];
    }
  };
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...lines].sort((a, b) => {
    const missing = sort.key === 'actual' ? byNumber(a.actual, b.actual) : sort.key === 'percent' ? byNumber(a.percentAchieved, b.percentAchieved) : 0;
    if (missing !== 0) return missing;
    return sign * compare(a, b) || collator.compare(a.facilityName, b.facilityName) || (order.get(a.indicatorCode) ?? 0) - (order.get(b.indicatorCode) ?? 0);
  });
}

/** A value in the indicator's unit: 45,5 %, 40.000.000 ₫ or 1.234. */
export function formatValue(value: number | null | undefined, unit: Indicator['unit'] | undefined, language: string): string {
  if (value === null || value === undefined) return '—';
  if (unit === 'Percent') return formatPercent(value, language);
  if (unit === 'Vnd') return formatVnd(Math.round(value));
  return formatInteger(Math.round(value), language);
}

export function indicatorName(indicator: Indicator | undefined, language: string): string {
  if (!indicator) return '';
  return language === 'en' ? indicator.nameEn : indicator.nameVi;
}

export const stateColor: Record<ProgressState, string> = { Met: 'teal', OnTrack: 'blue', Behind: 'red', NoTarget: 'gray', NoData: 'gray' };

export const planStatusColor = { Draft: 'gray', Submitted: 'blue', Acknowledged: 'teal', Returned: 'orange' } as const;
