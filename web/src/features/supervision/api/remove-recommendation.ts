import { api, unwrap } from '@/lib/api/client';
import { useVisitMutation } from './get-visit';

/** Removes a recommendation written by mistake, while the visit is not closed. */
export function useRemoveRecommendation() {
  return useVisitMutation((recommendationId: string) =>
    unwrap(api.DELETE('/api/v1/supervision/recommendations/{recommendationId}', { params: { path: { recommendationId } } })),
  );
}
