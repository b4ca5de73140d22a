import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { workforceKey } from './keys';

export type CertificateWatch = Schemas['CertificateWatch'];

export const certificateWatchQuery = () =>
  queryOptions({
    queryKey: [...workforceKey, 'certificate-watch'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/workforce/certificate-watch', { signal })),
  });

export function useCertificateWatch({ enabled = true } = {}) {
  return useQuery({ ...certificateWatchQuery(), enabled });
}
