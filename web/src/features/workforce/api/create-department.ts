import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { workforceKey } from './keys';

export function useCreateDepartment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Schemas['CreateDepartment']) => unwrap(api.POST('/api/v1/departments', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workforceKey }),
  });
}
