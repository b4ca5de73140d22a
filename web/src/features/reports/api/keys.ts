/** Query keys of the report screens: everything sits under ['reports']. */
export const reportKeys = {
  all: ['reports'] as const,
  list: (filter: { year?: number; status?: string }) => ['reports', 'list', filter] as const,
  detail: (reportId: string) => ['reports', 'detail', reportId] as const,
  run: (runId: string) => ['reports', 'runs', runId] as const,
  timeliness: (provinceId: string, kind: string, year: number, number: number) => ['reports', 'timeliness', provinceId, kind, year, number] as const,
  consolidated: (provinceId: string, kind: string, year: number, number: number) => ['reports', 'consolidated', provinceId, kind, year, number] as const,
};
