import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { charityKey } from './keys';

export type CharitySchedule = Schemas['CharityScheduleDto'];

export const charitySchedulesQuery = () =>
  queryOptions({ queryKey: [...charityKey, 'schedules'], queryFn: ({ signal }) => unwrap(api.GET('/api/v1/charity/schedules', { signal })) });

export function useCharitySchedules() {
  return useQuery(charitySchedulesQuery());
}
