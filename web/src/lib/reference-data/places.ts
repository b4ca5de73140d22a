import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type PlaceProvince = Schemas['PlaceProvinceDto'];
export type PlaceCommune = Schemas['PlaceCommuneDto'];

/** The 34 provinces of the 2025 reform; official reference data, so cached for the session. */
export const placeProvincesQuery = () =>
  queryOptions({
    queryKey: ['places', 'provinces'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/places/provinces', { signal })),
    staleTime: Infinity,
  });

export function usePlaceProvinces() {
  return useQuery(placeProvincesQuery());
}

/** All communes of one province (at most a few hundred), filtered in the browser as the user types. */
export function usePlaceCommunes(provinceCode: string | null) {
  return useQuery({
    queryKey: ['places', 'communes', provinceCode],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/places/communes', { params: { query: { province: provinceCode ?? undefined } }, signal })),
    enabled: Boolean(provinceCode),
    staleTime: Infinity,
  });
}

/** One commune by its code (to find the province of an address read with only its commune). */
export function usePlaceCommune(communeCode: string | null) {
  return useQuery({
    queryKey: ['places', 'commune', communeCode],
    queryFn: async ({ signal }) => {
      const found = await unwrap(api.GET('/api/v1/places/communes', { params: { query: { search: communeCode ?? undefined, limit: 5 } }, signal }));
      return found.find((c) => c.code === communeCode) ?? null;
    },
    enabled: Boolean(communeCode),
    staleTime: Infinity,
  });
}
