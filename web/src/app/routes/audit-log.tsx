import { AuditLogPage } from '@/features/audit/components/audit-log-page';

export function Component() {
  return <AuditLogPage />;
}
