import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { trainingKey } from './keys';

export type NewParticipant = Schemas['NewParticipant'];

export function useAddParticipants() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ courseId, participants }: { courseId: string; participants: NewParticipant[] }) =>
      unwrap(api.POST('/api/v1/training/courses/{courseId}/participants', { params: { path: { courseId } }, body: { participants } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trainingKey }),
  });
}
