import { WorkforcePage } from '@/features/workforce/components/workforce-page';

export function Component() {
  return <WorkforcePage />;
}
