import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type ClientSummary = Schemas['ClientSummary'];
export type Vulnerability = Schemas['Vulnerability'];

export const clientsKey = ['clients'] as const;

/** The facility's clients: search ignores accents; CCCD and phone come masked. */
export function useClients(search: string, page: number, pageSize = 20) {
  return useQuery({
    queryKey: [...clientsKey, 'list', search, page, pageSize],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/clients', { params: { query: { search: search || undefined, page, pageSize } }, signal })),
    placeholderData: keepPreviousData,
  });
}
