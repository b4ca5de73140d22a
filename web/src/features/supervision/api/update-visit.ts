import { api, unwrap, type Schemas } from '@/lib/api/client';
import { useVisitMutation } from './get-visit';

/** Records the visit: date conducted, scope, team, findings. */
export function useUpdateVisit() {
  return useVisitMutation(({ visitId, ...body }: Schemas['UpdateSupervisionVisit'] & { visitId: string }) =>
    unwrap(api.PUT('/api/v1/supervision/visits/{visitId}', { params: { path: { visitId } }, body })),
  );
}
