import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { reportKeys } from './keys';

export type ReportTimeliness = Schemas['ReportTimeliness'];
export type Timeliness = Schemas['Timeliness'];
export type TimelinessPeriod = { kind: Schemas['ReportPeriodKind']; year: number; number: number };
/** Which facilities' rows to show: the province's counts come whatever the filters. */
export type TimelinessFilter = { state?: Timeliness; group?: Schemas['FacilityGroup']; search?: string; page: number; pageSize: number };

export const reportTimelinessQuery = (provinceId: string, { kind, year, number }: TimelinessPeriod, filter: TimelinessFilter = { page: 1, pageSize: 25 }) =>
  queryOptions({
    queryKey: [...reportKeys.timeliness(provinceId, kind, year, number), filter] as const,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/provinces/{provinceId}/report-timeliness', {
          params: { path: { provinceId }, query: { kind, year, number, ...filter, search: filter.search || undefined } },
          signal,
        }),
      ),
  });

/** The province's counts of on-time, late, overdue and not-yet-due facilities for a period, and one page of the facilities. */
export const useReportTimeliness = (provinceId: string, period: TimelinessPeriod, filter: TimelinessFilter) =>
  useQuery({ ...reportTimelinessQuery(provinceId, period, filter), placeholderData: keepPreviousData });
