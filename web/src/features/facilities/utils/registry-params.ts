import type { FacilityFilters, FacilityGroup, FacilityType, UnitStatus } from '../api/list-facilities';

export const facilityTypes: FacilityType[] = ['PublicHospital', 'PrivateHospital', 'ProvincialCdc', 'DistrictHealthCentre', 'CommuneHealthStation'];
export const facilityGroups: FacilityGroup[] = ['Curative', 'Preventive', 'CommuneStation'];
export const unitStatuses: UnitStatus[] = ['None', 'CollaboratorsOnly', 'Team', 'Department'];
export const pageSizes = [25, 50, 100] as const;
export const defaultPageSize = 25;

/** The URL keys of the registry: the API's own parameter names, so a link reads like the request it makes. */
export type FilterKey = 'provinceId' | 'type' | 'group' | 'unitStatus' | 'search';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

function positiveInteger(value: string | null): number | undefined {
  if (value === null || !/^\d{1,6}$/.test(value)) return undefined;
  const number = Number(value);
  return number >= 1 ? number : undefined;
}

/**
 * Reads the registry's filters from the address bar. Anything the API would refuse (an unknown
 * type, a page of 0, a mangled province id) is dropped, so a hand-edited link still shows a list.
 */
export function filtersFromParams(params: URLSearchParams, { withProvince }: { withProvince: boolean }): FacilityFilters {
  const provinceId = params.get('provinceId');
  const pageSize = positiveInteger(params.get('pageSize'));
  return {
    provinceId: withProvince && provinceId && uuid.test(provinceId) ? provinceId : undefined,
    type: oneOf(params.get('type'), facilityTypes),
    group: oneOf(params.get('group'), facilityGroups),
    unitStatus: oneOf(params.get('unitStatus'), unitStatuses),
    search: params.get('search')?.trim().slice(0, 200) || undefined,
    page: positiveInteger(params.get('page')) ?? 1,
    pageSize: pageSize && (pageSizes as readonly number[]).includes(pageSize) ? pageSize : defaultPageSize,
  };
}

/** A copy of the params with one filter changed; any change of filter starts again from page 1. */
export function withFilter(params: URLSearchParams, key: FilterKey | 'pageSize', value: string | null | undefined): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value) next.set(key, value);
  else next.delete(key);
  next.delete('page');
  return next;
}

export function withPage(params: URLSearchParams, page: number): URLSearchParams {
  const next = new URLSearchParams(params);
  if (page > 1) next.set('page', String(page));
  else next.delete('page');
  return next;
}

export function hasFilters(filters: FacilityFilters): boolean {
  return Boolean(filters.provinceId || filters.type || filters.group || filters.unitStatus || filters.search);
}
