import { vietnameseCollator } from '@/lib/format';
import { foldVietnamese } from '@/lib/text';
import type { Target } from '../api/list-targets';

export type FacilityGroupName = NonNullable<Target['facilityGroup']>;

/** One facility's row: its targets by indicator code. */
export type MatrixRow = { facilityId: string; name: string; group: FacilityGroupName | null; cells: Record<string, Target> };

export type TargetMatrix = {
  /** The indicators that have a target this year, in the catalogue's order. */
  indicatorCodes: string[];
  /** The group targets, one row per group. */
  groups: { group: FacilityGroupName; cells: Record<string, Target> }[];
  /** The facilities with a target of their own, in Vietnamese order. */
  facilities: MatrixRow[];
};

const groupOrder: FacilityGroupName[] = ['Preventive', 'Curative', 'CommuneStation'];

/** The flat list of a year's targets as a facility × indicator matrix (2,180 rows became ~230). */
export function buildTargetMatrix(targets: Target[], catalogueOrder: string[]): TargetMatrix {
  const used = new Set(targets.map((t) => t.indicatorCode));
  const indicatorCodes = [...catalogueOrder.filter((c) => used.has(c)), ...[...used].filter((c) => !catalogueOrder.includes(c)).sort()];
  const groups = groupOrder
    .map((group) => ({
      group,
      cells: Object.fromEntries(targets.filter((t) => t.facilityId == null && t.facilityGroup === group).map((t) => [t.indicatorCode, t])),
    }))
    .filter((g) => Object.keys(g.cells).length > 0);
  const rows = new Map<string, MatrixRow>();
  for (const target of targets) {
    if (!target.facilityId) continue;
    const row = rows.get(target.facilityId) ?? {
      facilityId: target.facilityId,
      name: target.facilityName ?? '',
      group: target.groupOfFacility ?? null,
      cells: {},
    };
    row.cells[target.indicatorCode] = target;
    rows.set(target.facilityId, row);
  }
  const facilities = [...rows.values()].sort((a, b) => vietnameseCollator.compare(a.name, b.name));
  return { indicatorCodes, groups, facilities };
}

/** The facility rows a group filter and a name search (accents ignored) keep. */
export function filterRows(rows: MatrixRow[], group: FacilityGroupName | null, search: string): MatrixRow[] {
  const folded = foldVietnamese(search);
  return rows.filter((r) => (group === null || r.group === group) && (folded === '' || foldVietnamese(r.name).includes(folded)));
}
