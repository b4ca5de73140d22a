import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { reportKeys } from './keys';

export type ConsolidatedReport = Schemas['ConsolidatedReport'];
export type ConsolidatedPeriod = { kind: Schemas['ReportPeriodKind']; year: number; number: number };

export const consolidatedReportQuery = (provinceId: string, { kind, year, number }: ConsolidatedPeriod) =>
  queryOptions({
    queryKey: reportKeys.consolidated(provinceId, kind, year, number),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/provinces/{provinceId}/consolidated-report', { params: { path: { provinceId }, query: { kind, year, number } }, signal })),
  });

/** The province's figures for a period summed from the approved facility reports, with the facilities missing. */
export const useConsolidatedReport = (provinceId: string, period: ConsolidatedPeriod) => useQuery(consolidatedReportQuery(provinceId, period));
