import { TrainingPage } from '@/features/workforce/components/training-page';

export function Component() {
  return <TrainingPage />;
}
