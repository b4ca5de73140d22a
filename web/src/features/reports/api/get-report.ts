import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { reportKeys } from './keys';

export type ReportDetail = Schemas['ReportDetail'];
export type ReportFigures = Schemas['ReportFigures'];

export const reportQuery = (reportId: string) =>
  queryOptions({
    queryKey: reportKeys.detail(reportId),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/reports/{reportId}', { params: { path: { reportId } }, signal })),
  });

export const useReport = (reportId: string) => useQuery(reportQuery(reportId));
