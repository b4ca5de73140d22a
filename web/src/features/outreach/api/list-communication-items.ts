import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { communicationKey } from './keys';

export type CommunicationItem = Schemas['CommunicationItemDto'];
export type CommunicationChannel = Schemas['CommunicationChannel'];

export const communicationItemsQuery = (channel: CommunicationChannel | null, page: number) =>
  queryOptions({
    queryKey: [...communicationKey, 'items', channel, page],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/communication/items', { params: { query: { channel: channel ?? undefined, page, pageSize: 20 } }, signal })),
    placeholderData: keepPreviousData,
  });

export function useCommunicationItems(channel: CommunicationChannel | null, page: number) {
  return useQuery(communicationItemsQuery(channel, page));
}
