import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { auditKey, type AuditFilter } from './audit-filter';

/** The platform's own audit log (platform admin), filtered, newest first, one page at a time. */
export function usePlatformAuditEntries(filter: AuditFilter, page: number, enabled: boolean) {
  return useQuery({
    queryKey: [...auditKey, 'platform', filter, page],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/platform/audit/entries', { params: { query: { ...filter, page, pageSize: 25 } }, signal })),
    placeholderData: keepPreviousData,
    enabled,
  });
}
