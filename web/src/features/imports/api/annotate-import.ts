import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { importRoutes, saveBlob, uploadForm, type ImportKindSlug } from './import-kind';

/** Downloads the uploaded workbook with a last column naming each row's problems. */
export function useAnnotateImport(kind: ImportKindSlug) {
  return useMutation({
    mutationFn: async (file: File) => {
      const options = { body: uploadForm(file) as never, bodySerializer: (body: unknown) => body as FormData, parseAs: 'blob' as const };
      const blob = await unwrap(api.POST(importRoutes(kind).annotated, options));
      saveBlob(blob as Blob, file.name.replace(/\.xlsx$/i, '') + '-kiem-tra.xlsx');
    },
  });
}
