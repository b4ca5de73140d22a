import { ApiClientsPage } from '@/features/api-clients/components/api-clients-page';

export function Component() {
  return <ApiClientsPage />;
}
