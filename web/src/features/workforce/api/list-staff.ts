import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { workforceKey } from './keys';

export type StaffMember = Schemas['StaffMemberDto'];

export const staffQuery = () =>
  queryOptions({ queryKey: [...workforceKey, 'staff'], queryFn: ({ signal }) => unwrap(api.GET('/api/v1/workforce/staff', { signal })) });

export function useStaff() {
  return useQuery(staffQuery());
}
