import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { fundraisingKey } from './keys';

export type ProvinceFundraising = Schemas['ProvinceFundraising'];

export const provinceFundraisingQuery = (provinceId: string) =>
  queryOptions({
    queryKey: [...fundraisingKey, 'province', provinceId],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/provinces/{provinceId}/fundraising', { params: { path: { provinceId } }, signal })),
  });

export function useProvinceFundraising(provinceId: string) {
  return useQuery(provinceFundraisingQuery(provinceId));
}
