import { MyFacility } from '@/features/facilities/components/my-facility';

export function Component() {
  return <MyFacility />;
}
