import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { reportKeys } from './keys';

export type ReportListItem = Schemas['ReportListItem'];
export type ReportStatus = Schemas['ReportStatus'];
export type ReportPeriodKind = Schemas['ReportPeriodKind'];

export const reportsQuery = (filter: { year?: number; status?: ReportStatus }) =>
  queryOptions({
    queryKey: reportKeys.list(filter),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/reports', { params: { query: filter }, signal })),
  });

/** The facility's reports, or (for a province officer) its facilities' submitted reports. */
export const useReports = (filter: { year?: number; status?: ReportStatus } = {}) => useQuery(reportsQuery(filter));
