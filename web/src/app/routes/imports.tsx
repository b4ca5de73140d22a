import { useParams } from 'react-router';
import { NotFound } from '@/components/not-found';
import { isImportKind } from '@/features/imports/api/import-kind';
import { ImportScreen } from '@/features/imports/components/import-screen';

export function Component() {
  const { kind } = useParams();
  return isImportKind(kind) ? <ImportScreen kind={kind} /> : <NotFound />;
}
