import { api, unwrap, type Schemas } from '@/lib/api/client';
import { useVisitMutation } from './get-visit';

/** The province accepts a done / not-feasible follow-up or reopens it with a comment. */
export function useReviewFollowUp() {
  return useVisitMutation(({ recommendationId, ...body }: Schemas['ReviewFollowUp'] & { recommendationId: string }) =>
    unwrap(api.POST('/api/v1/supervision/recommendations/{recommendationId}/review', { params: { path: { recommendationId } }, body })),
  );
}
