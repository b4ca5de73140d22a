import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { saveBlob, type ImportKindSlug } from './import-kind';

/** Downloads the kind's template (Vietnamese headers, an example row, drop-down lists). */
export function useDownloadImportTemplate(kind: ImportKindSlug) {
  return useMutation({
    mutationFn: async () => {
      const blob =
        kind === 'facilities'
          ? await unwrap(api.GET('/api/v1/imports/facilities/template', { parseAs: 'blob' }))
          : await unwrap(api.GET('/api/v1/imports/clients/template', { parseAs: 'blob' }));
      saveBlob(blob as Blob, kind === 'facilities' ? 'mau-nhap-co-so-y-te.xlsx' : 'mau-nhap-doi-tuong.xlsx');
    },
  });
}
