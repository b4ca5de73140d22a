import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { saveWorkbook, type AuditFilter } from './audit-filter';

/** Downloads the facility's audit log, with the screen's filters, as an Excel workbook. */
export function useExportAuditEntries() {
  return useMutation({
    mutationFn: async (filter: AuditFilter) =>
      saveWorkbook((await unwrap(api.GET('/api/v1/audit/entries/export', { params: { query: filter }, parseAs: 'blob' }))) as Blob, 'nhat-ky-kiem-toan.xlsx'),
  });
}
