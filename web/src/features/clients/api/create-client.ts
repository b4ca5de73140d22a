import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { ApiProblem } from '@/lib/api/problem';
import { clientsKey } from './list-clients';

export type CreateClientInput = Schemas['CreateClient'];
/** A likely duplicate, as the 409 answer's "matches" lists it (a ProblemDetails extension, outside the typed schema). */
export type ClientMatch = { id: string; fullName: string; birthYear: number | null; nationalIdMasked: string | null; patientId: string | null; matchedOn: string[] };

export function useCreateClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateClientInput) => unwrap(api.POST('/api/v1/clients', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientsKey }),
  });
}

/** The likely duplicates of a 409 answer, or null when the error is something else. */
export function likelyDuplicates(error: unknown): ClientMatch[] | null {
  if (!(error instanceof ApiProblem) || error.status !== 409 || !Array.isArray(error.body.matches)) return null;
  return error.body.matches as ClientMatch[];
}
