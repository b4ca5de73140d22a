import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { reportKeys } from './keys';

export type ReportTimeliness = Schemas['ReportTimeliness'];
export type TimelinessPeriod = { kind: Schemas['ReportPeriodKind']; year: number; number: number };

export const reportTimelinessQuery = (provinceId: string, { kind, year, number }: TimelinessPeriod) =>
  queryOptions({
    queryKey: reportKeys.timeliness(provinceId, kind, year, number),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/provinces/{provinceId}/report-timeliness', { params: { path: { provinceId }, query: { kind, year, number } }, signal })),
  });

/** Who reported a period on time, late, or not at all. */
export const useReportTimeliness = (provinceId: string, period: TimelinessPeriod) => useQuery(reportTimelinessQuery(provinceId, period));
