import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type CaseDetail = Schemas['CaseDetail'];
export type CaseStage = Schemas['CaseStage'];

export const casesKey = ['cases'] as const;
export const caseKey = (caseId: string) => [...casesKey, 'detail', caseId] as const;

/** A case with its whole record; the API audits reads of a sensitive case. */
export function useCase(caseId: string) {
  return useQuery({
    queryKey: caseKey(caseId),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/cases/{caseId}', { params: { path: { caseId } }, signal })),
  });
}
