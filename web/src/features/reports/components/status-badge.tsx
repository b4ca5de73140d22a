import { useTranslation } from 'react-i18next';
import { StatusBadge } from '@/components/query-table';
import type { ReportStatus } from '../api/list-reports';

const colors = { Draft: 'gray', Submitted: 'blue', Returned: 'orange', Approved: 'teal' } as const;

export function ReportStatusBadge({ status }: { status: ReportStatus }) {
  const { t } = useTranslation('reports');
  return <StatusBadge color={colors[status]}>{t(`status.${status}`)}</StatusBadge>;
}
