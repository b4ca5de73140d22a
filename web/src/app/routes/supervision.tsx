import { SupervisionPage } from '@/features/supervision/components/supervision-page';

export function Component() {
  return <SupervisionPage />;
}
