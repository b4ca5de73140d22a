import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { importRoutes, saveBlob, templateFileName, type ImportKindSlug } from './import-kind';

/** Downloads the kind's template (Vietnamese headers, an example row, drop-down lists). */
export function useDownloadImportTemplate(kind: ImportKindSlug) {
  return useMutation({
    mutationFn: async () => {
      const blob = await unwrap(api.GET(importRoutes(kind).template, { parseAs: 'blob' }));
      saveBlob(blob as Blob, templateFileName[kind]);
    },
  });
}
