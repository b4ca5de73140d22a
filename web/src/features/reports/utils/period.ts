import type { TFunction } from 'i18next';
import { formatDate } from '@/lib/format';
import type { ReportPeriodKind } from '../api/list-reports';

type PeriodLike = { kind: ReportPeriodKind; year: number; number: number; periodStart?: string; periodEnd?: string };

/** "Tháng 3/2026", "Quý 3/2026", "6 tháng 1/2026", "Năm 2025", "Giai đoạn 5 năm 2021–2025", "Đột xuất số 2: 01/12/2026–20/12/2026". */
export function periodLabel(t: TFunction, p: PeriodLike): string {
  const kind = t(`kind.${p.kind}`, { ns: 'reports' });
  if (p.kind === 'AdHoc') {
    const range = p.periodStart && p.periodEnd ? `: ${formatDate(p.periodStart)}–${formatDate(p.periodEnd)}` : ` ${p.year}`;
    return `${kind} ${p.number}${range}`;
  }
  if (p.kind === 'Month' || p.kind === 'Quarter' || p.kind === 'HalfYear') return `${kind} ${p.number}/${p.year}`;
  if (p.kind === 'FiveYear') return `${kind} ${p.year}–${p.year + 4}`;
  return `${kind} ${p.year}`;
}
