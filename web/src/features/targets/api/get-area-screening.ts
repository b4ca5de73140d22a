import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { targetKeys } from './keys';

export type AreaScreening = Schemas['AreaScreeningDto'];

/** What the station counted in its area for a year (empty until it declares). */
export function useAreaScreening(year: number) {
  return useQuery({
    queryKey: targetKeys.areaScreening(year),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/area-screening', { params: { query: { year } }, signal })),
  });
}
