import { api, unwrap, type Schemas } from '@/lib/api/client';
import { useCaseMutation } from './case-mutation';

export type SavePlanInput = Omit<Schemas['SavePlan'], 'caseId'>;

export function useSavePlan(caseId: string) {
  return useCaseMutation(caseId, (body: SavePlanInput) => unwrap(api.PUT('/api/v1/cases/{caseId}/plan', { params: { path: { caseId } }, body })));
}
