import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { facilityKeys } from './list-facilities';

export type RecordUnitStatusChangeInput = Schemas['RecordUnitStatusChange'];

/** The facility admin records a change of the unit's status; the profile and the registry reload. */
export function useRecordUnitStatusChange(facilityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RecordUnitStatusChangeInput) =>
      unwrap(api.POST('/api/v1/facilities/{facilityId}/unit-history', { params: { path: { facilityId } }, body: input })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: facilityKeys.detail(facilityId) }),
        queryClient.invalidateQueries({ queryKey: facilityKeys.lists() }),
      ]),
  });
}
