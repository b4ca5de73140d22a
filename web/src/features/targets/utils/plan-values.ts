import type { PlanFields } from '../api/plan-types';

export type TargetRow = { indicatorCode: string | null; value: number | string; text: string; kind: 'indicator' | 'text' };
export type ActivityRow = { title: string; month: string | null; timing: string; responsible: string; budgetVnd: number | string };
export type PlanFormValues = { summary: string; targets: TargetRow[]; activities: ActivityRow[] };

export function planFormValues(fields?: PlanFields): PlanFormValues {
  return {
    summary: fields?.summary ?? '',
    targets: (fields?.targets ?? []).map((t) => ({
      indicatorCode: t.indicatorCode ?? null,
      value: t.value ?? '',
      text: t.text ?? '',
      kind: t.indicatorCode ? 'indicator' : 'text',
    })),
    activities: (fields?.activities ?? []).map((a) => ({
      title: a.title,
      month: a.month ? String(a.month) : null,
      timing: a.timing ?? '',
      responsible: a.responsible ?? '',
      budgetVnd: a.budgetVnd ?? '',
    })),
  };
}

/** What the API takes: indicator targets with their value, free-text targets with their text; empty strings as null. */
export function toPlanFields(values: PlanFormValues): PlanFields {
  const orNull = (s: string) => (s.trim() === '' ? null : s.trim());
  return {
    summary: orNull(values.summary),
    targets: values.targets.map((t) =>
      t.kind === 'indicator'
        ? { indicatorCode: t.indicatorCode, value: t.value === '' ? null : Number(t.value), text: null }
        : { indicatorCode: null, value: null, text: orNull(t.text) },
    ),
    activities: values.activities.map((a) => ({
      title: a.title.trim(),
      month: a.month ? Number(a.month) : null,
      timing: orNull(a.timing),
      responsible: orNull(a.responsible),
      budgetVnd: a.budgetVnd === '' || Number(a.budgetVnd) === 0 ? null : Number(a.budgetVnd),
    })),
  };
}
