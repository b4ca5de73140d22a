import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { casesKey } from './get-case';

export type CaseFigures = Schemas['CaseFigures'];

/** This year's figures of the facility (counts only). */
export function useCaseFigures() {
  return useQuery({
    queryKey: [...casesKey, 'figures'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/cases/figures', { signal })),
  });
}
