import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { casesKey } from './get-case';

/** Case-management aggregates per facility of the province (no record). */
export function useProvinceCaseFigures(provinceId: string) {
  return useQuery({
    queryKey: [...casesKey, 'province-figures', provinceId],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/provinces/{provinceId}/case-figures', { params: { path: { provinceId } }, signal })),
  });
}
