import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

/** Facilities matching a name or code (accents ignored by the API), 20 at a time, for the facility picker. */
export const facilityOptionsQuery = (search: string) =>
  queryOptions({
    queryKey: ['facility-options', search],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/facilities', { params: { query: { search: search || undefined, pageSize: 20 } }, signal })),
    select: (page) => page.items,
    placeholderData: keepPreviousData,
  });

export function useFacilityOptions(search: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...facilityOptionsQuery(search), enabled });
}
