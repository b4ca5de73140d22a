import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { supervisionKey } from './get-visit';

export type VisitSummary = Schemas['VisitSummaryDto'];
export type VisitStatus = Schemas['VisitStatus'];

/** Visits the caller sees, newest first: the facility's own or the province's facilities'. */
export function useSupervisionVisits(filter: { facilityId?: string; year?: number; status?: VisitStatus } = {}) {
  return useQuery({
    queryKey: [...supervisionKey, 'visits', filter],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/supervision/visits', { params: { query: filter }, signal })),
  });
}
