import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { casesKey } from './get-case';

export type OpenCaseInput = Schemas['OpenCase'];

export function useOpenCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OpenCaseInput) => unwrap(api.POST('/api/v1/cases', { body })),
    // The client's page lists its cases: refresh it too.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: casesKey }).then(() => queryClient.invalidateQueries({ queryKey: ['clients'] })),
  });
}
