import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { auditKey, type AuditFilter } from './audit-filter';

export type AuditEntry = Schemas['AuditEntryView'];

/** The facility's audit log (unit head), filtered, newest first, one page at a time. */
export function useAuditEntries(filter: AuditFilter, page: number, enabled: boolean) {
  return useQuery({
    queryKey: [...auditKey, 'facility', filter, page],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/audit/entries', { params: { query: { ...filter, page, pageSize: 25 } }, signal })),
    placeholderData: keepPreviousData,
    enabled,
  });
}
