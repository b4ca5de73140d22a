import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

/** Downloads the whole progress table as an Excel workbook. */
export function useExportProvinceProgress() {
  return useMutation({
    mutationFn: async ({ provinceId, asOf }: { provinceId: string; asOf: string }) => {
      const blob = await unwrap(
        api.GET('/api/v1/provinces/{provinceId}/progress/export', { params: { path: { provinceId }, query: { asOf } }, parseAs: 'blob' }),
      );
      const url = URL.createObjectURL(blob as Blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `chi-tieu-ctxh-${asOf}.xlsx`;
      link.click();
      URL.revokeObjectURL(url);
    },
  });
}
