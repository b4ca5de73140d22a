import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { casesKey } from './get-case';

export type WorkLists = Schemas['WorkLists'];

export function useWorkLists() {
  return useQuery({
    queryKey: [...casesKey, 'work-lists'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/cases/work-lists', { signal })),
  });
}
