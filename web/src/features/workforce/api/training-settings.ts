import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { trainingKey } from './keys';

export type TrainingSettings = Schemas['TrainingSettingsDto'];

export const trainingSettingsQuery = () =>
  queryOptions({ queryKey: [...trainingKey, 'settings'], queryFn: ({ signal }) => unwrap(api.GET('/api/v1/training/settings', { signal })) });

export function useTrainingSettings() {
  return useQuery(trainingSettingsQuery());
}

export function useUpdateTrainingSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Schemas['UpdateTrainingSettings']) => unwrap(api.PUT('/api/v1/training/settings', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trainingKey }),
  });
}
