import { api, unwrap } from '@/lib/api/client';
import { useVisitMutation } from './get-visit';

/** Closes a conducted visit: the minutes are issued and the facility follows up. */
export function useCloseVisit() {
  return useVisitMutation(({ visitId, version }: { visitId: string; version: string }) =>
    unwrap(api.POST('/api/v1/supervision/visits/{visitId}/close', { params: { path: { visitId } }, body: { version } })),
  );
}
