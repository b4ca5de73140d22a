import { PersonalDataPage } from '@/features/clients/components/personal-data-page';

export function Component() {
  return <PersonalDataPage />;
}
