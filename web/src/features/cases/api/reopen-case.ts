import { api, unwrap } from '@/lib/api/client';
import { useCaseMutation } from './case-mutation';

export function useReopenCase(caseId: string) {
  return useCaseMutation(caseId, (body: { reason: string; version: string }) =>
    unwrap(api.POST('/api/v1/cases/{caseId}/reopen', { params: { path: { caseId } }, body })),
  );
}
