import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { sessionStore } from '@/lib/auth/session';

export type LoginInput = Schemas['Login'];

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginInput) => unwrap(api.POST('/api/v1/auth/login', { body: input })),
    onSuccess: (tokens) => {
      queryClient.clear();
      sessionStore.set(tokens);
    },
  });
}
