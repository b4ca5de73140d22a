/** Query keys of the KPI screens: everything of one province sits under ['kpis', provinceId]. */
export const kpiKeys = {
  province: (provinceId: string) => ['kpis', provinceId] as const,
  figures: (provinceId: string) => ['kpis', provinceId, 'figures'] as const,
  figuresAsOf: (provinceId: string, asOf: string) => ['kpis', provinceId, 'figures', asOf] as const,
  trend: (provinceId: string) => ['kpis', provinceId, 'trend'] as const,
  run: (provinceId: string, runId: string) => ['kpis', provinceId, 'runs', runId] as const,
};
