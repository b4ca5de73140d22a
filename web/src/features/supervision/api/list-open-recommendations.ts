import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { supervisionKey } from './get-visit';

export type OpenRecommendation = Schemas['OpenRecommendationDto'];

/** Recommendations not yet settled (open, in progress, awaiting review), the overdue ones flagged. */
export function useOpenRecommendations() {
  return useQuery({
    queryKey: [...supervisionKey, 'open-recommendations'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/supervision/recommendations', { signal })),
  });
}
