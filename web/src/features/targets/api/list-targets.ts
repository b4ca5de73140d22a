import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { targetKeys } from './keys';

export type Target = Schemas['TargetDto'];

/** The province's targets of a year. */
export function useTargets(provinceId: string, year: number) {
  return useQuery({
    queryKey: targetKeys.targets(provinceId, year),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/provinces/{provinceId}/targets', { params: { path: { provinceId }, query: { year } }, signal })),
  });
}
