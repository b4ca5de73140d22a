import { ReceptionPage } from '@/features/reception/components/reception-page';

export function Component() {
  return <ReceptionPage />;
}
