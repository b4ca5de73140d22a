import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { receptionPointsKey } from './list-reception-points';

export function useCreateReceptionPoint() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => unwrap(api.POST('/api/v1/reception/points', { body: { name } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: receptionPointsKey }),
  });
}
