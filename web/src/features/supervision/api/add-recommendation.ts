import { api, unwrap, type Schemas } from '@/lib/api/client';
import { useVisitMutation } from './get-visit';

/** Adds a recommendation (kiến nghị) with its due date to a visit not yet closed. */
export function useAddRecommendation() {
  return useVisitMutation(({ visitId, ...body }: Schemas['AddRecommendation'] & { visitId: string }) =>
    unwrap(api.POST('/api/v1/supervision/visits/{visitId}/recommendations', { params: { path: { visitId } }, body })),
  );
}
