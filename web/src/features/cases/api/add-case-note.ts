import { api, unwrap } from '@/lib/api/client';
import { useCaseMutation } from './case-mutation';

export function useAddCaseNote(caseId: string) {
  return useCaseMutation(caseId, (body: { text: string }) => unwrap(api.POST('/api/v1/cases/{caseId}/notes', { params: { path: { caseId } }, body })));
}
