import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { importRoutes, uploadForm, type ImportKindSlug, type ImportRecord, type ImportRowDecision } from './import-kind';
import { importProgressHeader } from './import-progress';

/** Imports the workbook all or nothing (the API checks it again and refuses it whole if anything is wrong). */
export function useCommitImport(kind: ImportKindSlug) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, decisions, progressToken }: { file: File; decisions: ImportRowDecision[]; progressToken: string }): Promise<ImportRecord> => {
      const options = {
        body: uploadForm(file, decisions) as never,
        bodySerializer: (body: unknown) => body as FormData,
        headers: { [importProgressHeader]: progressToken },
      };
      return unwrap(api.POST(importRoutes(kind).commit, options));
    },
    // Whatever was imported shows in every list.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
