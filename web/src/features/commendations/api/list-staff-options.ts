import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

/** The unit's staff, to nominate a person from the register (the name on the decision then comes from it). */
export function useStaffOptions(enabled: boolean) {
  return useQuery({
    queryKey: ['commendations', 'staff-options'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/workforce/staff', { signal })),
    enabled,
    select: (staff) => staff.filter((s) => !s.leftOn).map((s) => ({ value: s.id, label: s.fullName })),
  });
}
