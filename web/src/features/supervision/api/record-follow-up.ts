import { api, unwrap, type Schemas } from '@/lib/api/client';
import { useVisitMutation } from './get-visit';

/** The visited facility's follow-up on a recommendation: in progress, done, or not feasible with the reason. */
export function useRecordFollowUp() {
  return useVisitMutation(({ recommendationId, ...body }: Schemas['RecordFollowUp'] & { recommendationId: string }) =>
    unwrap(api.POST('/api/v1/supervision/recommendations/{recommendationId}/follow-ups', { params: { path: { recommendationId } }, body })),
  );
}
