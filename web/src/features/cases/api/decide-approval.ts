import { api, unwrap, type Schemas } from '@/lib/api/client';
import { useCaseMutation } from './case-mutation';

export type DecideApprovalInput = Omit<Schemas['DecideApproval'], 'caseId'>;

/** The unit head approves, or returns with a comment. */
export function useDecideApproval(caseId: string) {
  return useCaseMutation(caseId, (body: DecideApprovalInput) =>
    unwrap(api.POST('/api/v1/cases/{caseId}/approval-decisions', { params: { path: { caseId } }, body })),
  );
}
