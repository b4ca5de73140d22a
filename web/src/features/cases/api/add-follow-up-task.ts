import { api, unwrap } from '@/lib/api/client';
import { useCaseMutation } from './case-mutation';

export function useAddFollowUpTask(caseId: string) {
  return useCaseMutation(caseId, (body: { title: string; dueOn: string; assigneeId: string | null }) =>
    unwrap(api.POST('/api/v1/cases/{caseId}/tasks', { params: { path: { caseId } }, body })),
  );
}
