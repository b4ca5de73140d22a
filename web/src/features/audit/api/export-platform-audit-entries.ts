import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { saveWorkbook, type AuditFilter } from './audit-filter';

/** Downloads the platform's audit log, with the screen's filters, as an Excel workbook. */
export function useExportPlatformAuditEntries() {
  return useMutation({
    mutationFn: async (filter: AuditFilter) =>
      saveWorkbook((await unwrap(api.GET('/api/v1/platform/audit/entries/export', { params: { query: filter }, parseAs: 'blob' }))) as Blob, 'nhat-ky-nen-tang.xlsx'),
  });
}
