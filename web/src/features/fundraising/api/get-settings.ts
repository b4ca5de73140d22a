import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { fundraisingKey } from './keys';

export type FundraisingSettings = Schemas['FundraisingSettingsDto'];

export const settingsQuery = () =>
  queryOptions({
    queryKey: [...fundraisingKey, 'settings'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/fundraising/settings', { signal })),
  });

export function useFundraisingSettings(enabled: boolean) {
  return useQuery({ ...settingsQuery(), enabled });
}
