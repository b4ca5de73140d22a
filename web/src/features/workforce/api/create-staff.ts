import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { trainingKey, workforceKey } from './keys';

export type CreateStaffInput = Schemas['CreateStaffMember'];

export function useCreateStaff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateStaffInput) => unwrap(api.POST('/api/v1/workforce/staff', { body: input })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: workforceKey });
      await queryClient.invalidateQueries({ queryKey: trainingKey });
    },
  });
}
