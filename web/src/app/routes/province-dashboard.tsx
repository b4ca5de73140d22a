import { ProvinceDashboard } from '@/features/kpis/components/province-dashboard';

export function Component() {
  return <ProvinceDashboard />;
}
