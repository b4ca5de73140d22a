import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { workforceKey } from './keys';

export type DepartmentList = Schemas['DepartmentList'];
export type DepartmentKind = Schemas['DepartmentKind'];

export const departmentsQuery = () =>
  queryOptions({ queryKey: [...workforceKey, 'departments'], queryFn: ({ signal }) => unwrap(api.GET('/api/v1/departments', { signal })) });

export function useDepartments() {
  return useQuery(departmentsQuery());
}
