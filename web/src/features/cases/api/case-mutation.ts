import { useMutation, useQueryClient } from '@tanstack/react-query';
import { casesKey, caseKey, type CaseDetail } from './get-case';

/** A change to one case: the answer is the case as it now stands, put straight into the cache. */
export function useCaseMutation<TInput>(caseId: string, send: (input: TInput) => Promise<CaseDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (updated) => {
      queryClient.setQueryData(caseKey(caseId), updated);
      void queryClient.invalidateQueries({ queryKey: [...casesKey, 'list'] });
      void queryClient.invalidateQueries({ queryKey: [...casesKey, 'work-lists'] });
    },
  });
}
