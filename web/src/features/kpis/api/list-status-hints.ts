import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { kpiKeys } from './keys';

export type UnitStatusHint = Schemas['UnitStatusHint'];

/** The province's facilities whose records contradict their declared unit status, a page at a time. */
export function useStatusHints(provinceId: string, asOf: string, page: number) {
  return useQuery({
    queryKey: [...kpiKeys.figuresAsOf(provinceId, asOf), 'status-hints', page] as const,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/provinces/{provinceId}/kpis/status-hints', { params: { path: { provinceId }, query: { asOf, page, pageSize: 10 } }, signal })),
    placeholderData: keepPreviousData,
  });
}
