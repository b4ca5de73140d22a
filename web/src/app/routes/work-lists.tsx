import { WorkListsPage } from '@/features/cases/components/work-lists-page';

export function Component() {
  return <WorkListsPage />;
}
