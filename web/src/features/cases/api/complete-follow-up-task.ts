import { api, unwrap } from '@/lib/api/client';
import { useCaseMutation } from './case-mutation';

export function useCompleteFollowUpTask(caseId: string) {
  return useCaseMutation(caseId, (taskId: string) => unwrap(api.POST('/api/v1/cases/{caseId}/tasks/{taskId}/done', { params: { path: { caseId, taskId } } })));
}
