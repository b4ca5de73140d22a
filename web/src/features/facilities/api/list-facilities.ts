import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type FacilitySummary = Schemas['FacilitySummary'];
export type FacilityType = Schemas['FacilityType'];
export type FacilityGroup = Schemas['FacilityGroup'];
export type UnitStatus = Schemas['UnitStatus'];

/** The registry's filters exactly as the API takes them (GET /api/v1/facilities). */
export type FacilityFilters = {
  provinceId?: string;
  type?: FacilityType;
  group?: FacilityGroup;
  unitStatus?: UnitStatus;
  search?: string;
  page: number;
  pageSize: number;
};

export const facilityKeys = {
  all: ['facilities'] as const,
  lists: () => [...facilityKeys.all, 'list'] as const,
  list: (filters: FacilityFilters) => [...facilityKeys.lists(), filters] as const,
  details: () => [...facilityKeys.all, 'detail'] as const,
  detail: (facilityId: string) => [...facilityKeys.details(), facilityId] as const,
};

export const facilitiesQuery = (filters: FacilityFilters) =>
  queryOptions({
    queryKey: facilityKeys.list(filters),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/facilities', { params: { query: { ...filters, search: filters.search || undefined } }, signal }),
      ),
  });

/** One page of the facility registry; the previous page stays on screen while the next one loads. */
export function useFacilities(filters: FacilityFilters, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...facilitiesQuery(filters), placeholderData: keepPreviousData, enabled });
}
