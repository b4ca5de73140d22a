import { useParams } from 'react-router';
import { ReportPage } from '@/features/reports/components/report-page';

/** A report, for its facility's users and (once submitted) its province's officers: the API decides who sees it. */
export function Component() {
  const { reportId = '' } = useParams();
  return <ReportPage reportId={reportId} />;
}
