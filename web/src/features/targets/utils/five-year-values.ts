import type { Indicator } from '../api/get-province-progress';
import type { FiveYearTargetInput, FiveYearTargetsOfYear } from '../api/five-year-plan-types';
import type { PlanTargetInput } from '../api/plan-types';

/** A period's first year: 2026 for 2026–2030 (periods start in a year ending in 1 or 6, as the national five-year plans). */
export function periodStartOf(year: number): number {
  return year - ((((year - 1) % 5) + 5) % 5);
}

export function periodYears(startYear: number): number[] {
  return Array.from({ length: 5 }, (_, i) => startYear + i);
}

/** "2026–2030". */
export function periodLabel(startYear: number): string {
  return `${startYear}–${startYear + 4}`;
}

/** The grid's cells: indicator code → year → value ('' while empty). */
export type FiveYearGrid = Record<string, Record<number, number | ''>>;

/** The grid of a plan's targets: one row per indicator shown, one cell per year of the period. */
export function toGrid(targets: readonly FiveYearTargetInput[], indicators: readonly Indicator[], startYear: number): FiveYearGrid {
  const grid: FiveYearGrid = {};
  for (const indicator of indicators) grid[indicator.code] = Object.fromEntries(periodYears(startYear).map((y) => [y, '' as const]));
  for (const t of targets) {
    grid[t.indicatorCode] ??= Object.fromEntries(periodYears(startYear).map((y) => [y, '' as const]));
    grid[t.indicatorCode][t.year] = t.value;
  }
  return grid;
}

/** What the API takes: the filled cells, in the indicators' order then by year; an empty cell is no target. */
export function toTargets(grid: FiveYearGrid, indicatorOrder: readonly string[]): FiveYearTargetInput[] {
  const order = new Map(indicatorOrder.map((code, i) => [code, i]));
  return Object.entries(grid)
    .sort(([a], [b]) => (order.get(a) ?? Number.MAX_SAFE_INTEGER) - (order.get(b) ?? Number.MAX_SAFE_INTEGER))
    .flatMap(([indicatorCode, years]) =>
      Object.entries(years)
        .filter(([, value]) => value !== '' && value !== null && !Number.isNaN(Number(value)))
        .map(([year, value]) => ({ indicatorCode, year: Number(year), value: Number(value) }))
        .sort((a, b) => a.year - b.year),
    );
}

/** Whether the annual plan's target keeps to the five-year plan's path for the year. */
export type PathState = 'onPath' | 'belowPath' | 'noAnnualTarget';

export type PathRow = { indicator: Indicator; fiveYearTarget: number; annualTarget: number | null; state: PathState };

/**
 * The annual plan's indicator targets beside the five-year plan's targets of the year, one row per indicator the five-year plan
 * sets: "on the path" when the year's own target reaches the five-year target (or stays at or under it when lower is better).
 */
export function pathRows(
  annualTargets: readonly PlanTargetInput[],
  fiveYear: FiveYearTargetsOfYear | null | undefined,
  indicators: readonly Indicator[],
): PathRow[] {
  if (!fiveYear) return [];
  const own = new Map(annualTargets.filter((t) => t.indicatorCode && t.value != null).map((t) => [t.indicatorCode!, Number(t.value)]));
  const order = new Map(indicators.map((i, index) => [i.code, index]));
  return fiveYear.targets
    .flatMap((t) => {
      const indicator = indicators.find((i) => i.code === t.indicatorCode);
      if (!indicator) return [];
      const annualTarget = own.get(t.indicatorCode) ?? null;
      const higher = indicator.direction !== 'LowerIsBetter';
      const state: PathState = annualTarget === null ? 'noAnnualTarget' : (higher ? annualTarget >= t.value : annualTarget <= t.value) ? 'onPath' : 'belowPath';
      return [{ indicator, fiveYearTarget: t.value, annualTarget, state }];
    })
    .sort((a, b) => (order.get(a.indicator.code) ?? 0) - (order.get(b.indicator.code) ?? 0));
}
