import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fundraisingKey } from './keys';

/** A fundraising write: afterwards every fundraising figure on screen is read again. */
export function useLedgerMutation<TVariables, TResult>(mutationFn: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: fundraisingKey }) });
}
