import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { importRoutes, uploadForm, type ImportCheckResult, type ImportKindSlug } from './import-kind';
import { importProgressHeader } from './import-progress';

/** The dry run: every problem by row and column, and what an import would change; writes nothing. */
export function useCheckImport(kind: ImportKindSlug) {
  return useMutation({
    mutationFn: async ({ file, progressToken }: { file: File; progressToken: string }): Promise<ImportCheckResult> => {
      const options = {
        body: uploadForm(file) as never,
        bodySerializer: (body: unknown) => body as FormData,
        headers: { [importProgressHeader]: progressToken },
      };
      return unwrap(api.POST(importRoutes(kind).check, options));
    },
  });
}
