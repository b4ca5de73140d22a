import { api, unwrap, type Schemas } from '@/lib/api/client';
import { useCaseMutation } from './case-mutation';

export type MoveCaseInput = Omit<Schemas['MoveCase'], 'caseId'>;

/** Moves the case to another stage (a reason when skipping or going back). */
export function useMoveCase(caseId: string) {
  return useCaseMutation(caseId, (body: MoveCaseInput) => unwrap(api.POST('/api/v1/cases/{caseId}/transitions', { params: { path: { caseId } }, body })));
}
