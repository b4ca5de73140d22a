import { api, unwrap, type Schemas } from '@/lib/api/client';
import { useCaseMutation } from './case-mutation';

export type UpdateCaseInput = Schemas['UpdateCase'];

/** Assignment, priority, risk level and the sensitive mark; only the unit head reassigns or clears the mark. */
export function useUpdateCase(caseId: string) {
  return useCaseMutation(caseId, (body: UpdateCaseInput) => unwrap(api.PUT('/api/v1/cases/{caseId}', { params: { path: { caseId } }, body })));
}
