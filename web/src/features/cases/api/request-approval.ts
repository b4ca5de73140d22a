import { api, unwrap, type Schemas } from '@/lib/api/client';
import { useCaseMutation } from './case-mutation';

export type RequestApprovalInput = Omit<Schemas['RequestApproval'], 'caseId'>;

/** Asks the unit head to approve the plan or the closure. */
export function useRequestApproval(caseId: string) {
  return useCaseMutation(caseId, (body: RequestApprovalInput) =>
    unwrap(api.POST('/api/v1/cases/{caseId}/approval-requests', { params: { path: { caseId } }, body })),
  );
}
