import { CommunicationPage } from '@/features/outreach/components/communication-page';

export function Component() {
  return <CommunicationPage />;
}
