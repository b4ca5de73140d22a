import { useParams } from 'react-router';
import { CasePage } from '@/features/cases/components/case-page';

export function Component() {
  const { caseId = '' } = useParams();
  return <CasePage caseId={caseId} />;
}
