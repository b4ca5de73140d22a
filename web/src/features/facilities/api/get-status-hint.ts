import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { facilityKeys } from './list-facilities';

export type UnitStatusHint = Schemas['UnitStatusHint'];

/** Whether the facility's records contradict its declared unit status (under the profile's key: a recorded change refreshes it). */
export function useStatusHint(facilityId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...facilityKeys.detail(facilityId), 'status-hint'] as const,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/facilities/{facilityId}/kpis/status-hint', { params: { path: { facilityId } }, signal })),
    enabled,
  });
}
