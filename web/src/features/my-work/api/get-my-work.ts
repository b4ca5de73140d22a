import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type MyWork = Schemas['MyWorkSummary'];
export type MyCase = Schemas['MyCase'];

/** Under 'reception' too: a tally tap or its undo refreshes the tally shown here. */
export const myWorkKey = ['reception', 'my-work'] as const;

export function useMyWork() {
  return useQuery({ queryKey: myWorkKey, queryFn: ({ signal }) => unwrap(api.GET('/api/v1/my-work', { signal })) });
}
