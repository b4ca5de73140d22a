import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { trainingKey, workforceKey } from './keys';

export function useCreateCollaborator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Schemas['CreateCollaborator']) => unwrap(api.POST('/api/v1/workforce/collaborators', { body: input })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: workforceKey });
      await queryClient.invalidateQueries({ queryKey: trainingKey });
    },
  });
}
