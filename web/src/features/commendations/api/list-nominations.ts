import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type Nomination = Schemas['NominationDto'];
export type NominationStatus = Schemas['NominationStatus'];
export const commendationsKey = ['commendations'] as const;

/** Nominations (the facility's own, or the submitted ones of the province's facilities); with status Awarded, the record of awards. */
export function useNominations(filter: { year?: number; facilityId?: string; status?: NominationStatus; search?: string } = {}) {
  return useQuery({
    queryKey: [...commendationsKey, filter],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/commendations/nominations', { params: { query: filter }, signal })),
  });
}
