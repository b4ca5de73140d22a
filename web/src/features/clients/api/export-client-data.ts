import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

/** Downloads everything held about the client: a zip of JSON files and a PDF summary (the API audits it). */
export function useExportClientData(clientId: string) {
  return useMutation({
    mutationFn: async () => {
      const blob = await unwrap(api.GET('/api/v1/clients/{clientId}/personal-data-export', { params: { path: { clientId } }, parseAs: 'blob' }));
      const url = URL.createObjectURL(blob as Blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `du-lieu-ca-nhan-${clientId.slice(0, 8)}.zip`;
      link.click();
      URL.revokeObjectURL(url);
    },
  });
}
