import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { usersKey } from './list-users';

export type CreateUserInput = Schemas['CreateUser'];

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateUserInput) => unwrap(api.POST('/api/v1/users', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}
