import { CommendationsPage } from '@/features/commendations/components/commendations-page';

export function Component() {
  return <CommendationsPage />;
}
