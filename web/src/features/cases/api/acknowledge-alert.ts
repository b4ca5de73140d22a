import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { casesKey } from './get-case';

export function useAcknowledgeAlert() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (alertId: string) => unwrap(api.POST('/api/v1/cases/alerts/{alertId}/acknowledge', { params: { path: { alertId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...casesKey, 'work-lists'] }),
  });
}
