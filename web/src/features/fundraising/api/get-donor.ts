import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { fundraisingKey } from './keys';

export type DonorDetail = Schemas['DonorDetail'];

export const donorQuery = (donorId: string) =>
  queryOptions({
    queryKey: [...fundraisingKey, 'donor', donorId],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/fundraising/donors/{donorId}', { params: { path: { donorId } }, signal })),
  });

export function useDonor(donorId: string | null) {
  return useQuery({ ...donorQuery(donorId ?? ''), enabled: donorId !== null });
}
