import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { charityKey } from './keys';

export type CharityActivity = Schemas['CharityActivityDto'];

export const charityActivitiesQuery = (page: number) =>
  queryOptions({
    queryKey: [...charityKey, 'activities', page],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/charity/activities', { params: { query: { page, pageSize: 20 } }, signal })),
    placeholderData: keepPreviousData,
  });

export function useCharityActivities(page: number) {
  return useQuery(charityActivitiesQuery(page));
}
