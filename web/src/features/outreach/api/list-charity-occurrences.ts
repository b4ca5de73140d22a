import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { charityKey } from './keys';

export type CharityOccurrence = Schemas['CharityOccurrence'];

export const charityOccurrencesQuery = (scheduleId: string, from: string, to: string) =>
  queryOptions({
    queryKey: [...charityKey, 'occurrences', scheduleId, from, to],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/charity/schedules/{scheduleId}/occurrences', { params: { path: { scheduleId }, query: { from, to } }, signal })),
  });

export function useCharityOccurrences(scheduleId: string | null, from: string, to: string) {
  return useQuery({ ...charityOccurrencesQuery(scheduleId ?? '', from, to), enabled: scheduleId !== null });
}
