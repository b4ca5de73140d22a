import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { usersKey } from './list-users';

export type UpdateUserInput = Schemas['UpdateUserBody'];

/** Changes an account's name, role (within what the caller may grant) and facility. */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, ...body }: UpdateUserInput & { userId: string }) =>
      unwrap(api.PUT('/api/v1/users/{userId}', { params: { path: { userId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}
