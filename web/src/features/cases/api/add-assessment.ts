import { api, unwrap, type Schemas } from '@/lib/api/client';
import { useCaseMutation } from './case-mutation';

export type AddAssessmentInput = Omit<Schemas['AddAssessment'], 'caseId'>;

export function useAddAssessment(caseId: string) {
  return useCaseMutation(caseId, (body: AddAssessmentInput) => unwrap(api.POST('/api/v1/cases/{caseId}/assessments', { params: { path: { caseId } }, body })));
}
