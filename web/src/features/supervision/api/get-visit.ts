import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type Visit = Schemas['VisitDto'];
export type Recommendation = Schemas['RecommendationDto'];
export type TeamMember = Schemas['TeamMember'];
export const supervisionKey = ['supervision'] as const;

/** A visit with its team, findings and recommendations (each with its follow-up history). */
export function useSupervisionVisit(visitId: string) {
  return useQuery({
    queryKey: [...supervisionKey, 'visit', visitId],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/supervision/visits/{visitId}', { params: { path: { visitId } }, signal })),
  });
}

/** Every command on a visit answers the visit as it now is: it replaces the cached one, and the lists refresh. */
export function useVisitMutation<TVariables>(send: (variables: TVariables) => Promise<Visit>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (visit) => {
      queryClient.setQueryData([...supervisionKey, 'visit', visit.id], visit);
      void queryClient.invalidateQueries({ queryKey: supervisionKey, predicate: (q) => q.queryKey[1] !== 'visit' });
    },
  });
}
