import { useParams } from 'react-router';
import { VisitPage } from '@/features/supervision/components/visit-page';

export function Component() {
  const { visitId } = useParams();
  return <VisitPage key={visitId} visitId={visitId!} />;
}
