import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

/** Downloads the report as Excel or as the PDF in the Vietnamese administrative format. */
export function useExportReport(reportId: string) {
  return useMutation({
    mutationFn: async ({ format, fileName }: { format: 'Xlsx' | 'Pdf'; fileName: string }) => {
      const blob = await unwrap(api.GET('/api/v1/reports/{reportId}/export', { params: { path: { reportId }, query: { format } }, parseAs: 'blob' }));
      const url = URL.createObjectURL(blob as Blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.click();
      URL.revokeObjectURL(url);
    },
  });
}
