import { api, unwrap, type Schemas } from '@/lib/api/client';
import { useVisitMutation } from './get-visit';

/** The province officer plans a visit to a facility of the province. */
export function usePlanVisit() {
  return useVisitMutation((body: Schemas['PlanSupervisionVisit']) => unwrap(api.POST('/api/v1/supervision/visits', { body })));
}
