import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ConsolidatedPeriod } from './get-consolidated-report';

/** Downloads the consolidated report to the Ministry as the administrative-format PDF or as Excel. */
export function useExportConsolidatedReport(provinceId: string) {
  return useMutation({
    mutationFn: async ({ format, fileName, period }: { format: 'Xlsx' | 'Pdf'; fileName: string; period: ConsolidatedPeriod }) => {
      const blob = await unwrap(
        api.GET('/api/v1/provinces/{provinceId}/consolidated-report/export', {
          params: { path: { provinceId }, query: { ...period, format } },
          parseAs: 'blob',
        }),
      );
      const url = URL.createObjectURL(blob as Blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.click();
      URL.revokeObjectURL(url);
    },
  });
}
