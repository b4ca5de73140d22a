import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { casesKey, type CaseStage } from './get-case';

export function useCases(filter: { mine: boolean; stage: CaseStage | null; openOnly: boolean; search: string; page: number }) {
  return useQuery({
    queryKey: [...casesKey, 'list', filter],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/cases', {
          params: { query: { mine: filter.mine, stage: filter.stage ?? undefined, openOnly: filter.openOnly, search: filter.search || undefined, page: filter.page, pageSize: 20 } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
