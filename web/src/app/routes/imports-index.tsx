import { ImportKindsPage } from '@/features/imports/components/import-kinds-page';

export function Component() {
  return <ImportKindsPage />;
}
