/** What both audit logs (the facility's, the platform's) are filtered by; dates are the API's yyyy-MM-dd. */
export type AuditFilter = {
  userId?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  from?: string;
  to?: string;
};

export const auditKey = ['audit'] as const;

/** Downloads a workbook the API produced. */
export function saveWorkbook(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}
