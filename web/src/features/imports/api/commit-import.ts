import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { uploadForm, type ImportKindSlug, type ImportRecord, type ImportRowDecision } from './import-kind';

/** Imports the workbook all or nothing (the API checks it again and refuses it whole if anything is wrong). */
export function useCommitImport(kind: ImportKindSlug) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, decisions }: { file: File; decisions: ImportRowDecision[] }): Promise<ImportRecord> => {
      const options = { body: uploadForm(file, decisions) as never, bodySerializer: (body: unknown) => body as FormData };
      return kind === 'facilities'
        ? unwrap(api.POST('/api/v1/imports/facilities/commit', options))
        : unwrap(api.POST('/api/v1/imports/clients/commit', options));
    },
    // Whatever was imported shows in every list.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
