import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { communicationKey } from './keys';

export type CommunicationItem = Schemas['CommunicationItemDto'];
export type CommunicationChannel = Schemas['CommunicationChannel'];

export const communicationItemsQuery = (channel: CommunicationChannel | null, page: number, massMedia = false) =>
  queryOptions({
    queryKey: [...communicationKey, 'items', channel, page, massMedia],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/communication/items', {
          params: { query: { channel: channel ?? undefined, page, pageSize: 20, massMedia: massMedia || undefined } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });

export function useCommunicationItems(channel: CommunicationChannel | null, page: number, massMedia = false) {
  return useQuery(communicationItemsQuery(channel, page, massMedia));
}
