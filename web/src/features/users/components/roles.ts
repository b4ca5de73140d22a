import type { Me } from '@/lib/auth/me';
import type { UserRole } from '../api/list-users';

export const allRoles: UserRole[] = ['PlatformAdmin', 'ProvinceOfficer', 'FacilityAdmin', 'SocialWorker', 'Collaborator'];

/** Roles whose accounts belong to one facility. */
export const facilityRoles: UserRole[] = ['FacilityAdmin', 'SocialWorker', 'Collaborator'];

export const isFacilityRole = (role: UserRole | null | undefined) => role != null && facilityRoles.includes(role);

/** What the caller may grant, as the API's RolePermissions.AssignableBy: a facility admin staffs its own facility only. */
export function assignableRoles(me: Me | undefined): UserRole[] {
  if (me?.role === 'PlatformAdmin') return allRoles;
  if (me?.role === 'FacilityAdmin') return facilityRoles;
  return [];
}
