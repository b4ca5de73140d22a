import type { TFunction } from 'i18next';
import type { ReportPeriodKind } from '../api/list-reports';

/** "Quý 3/2026", "6 tháng 1/2026", "Năm 2025", "Giai đoạn 5 năm 2021–2025". */
export function periodLabel(t: TFunction, p: { kind: ReportPeriodKind; year: number; number: number }): string {
  const kind = t(`kind.${p.kind}`, { ns: 'reports' });
  if (p.kind === 'Quarter' || p.kind === 'HalfYear') return `${kind} ${p.number}/${p.year}`;
  if (p.kind === 'FiveYear') return `${kind} ${p.year}–${p.year + 4}`;
  return `${kind} ${p.year}`;
}
