import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { trainingKey } from './keys';

export type CreateCourseInput = Schemas['CreateTrainingCourse'];

export function useCreateCourse() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateCourseInput) => unwrap(api.POST('/api/v1/training/courses', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trainingKey }),
  });
}
