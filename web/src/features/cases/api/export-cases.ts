import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { CaseStage } from './get-case';

/** Downloads the case list the caller may see, with the list's filters, as an Excel workbook (identifiers masked by the API). */
export function useExportCases() {
  return useMutation({
    mutationFn: async (filter: { mine: boolean; openOnly: boolean; stage?: CaseStage; search?: string }) => {
      const blob = await unwrap(api.GET('/api/v1/cases/export', { params: { query: filter }, parseAs: 'blob' }));
      const url = URL.createObjectURL(blob as Blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = 'truong-hop.xlsx';
      link.click();
      URL.revokeObjectURL(url);
    },
  });
}
