import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '@/lib/auth/me';
import { FacilityProfile } from './facility-profile';

/** "My facility": the signed-in user's own facility, its unit's history, and (for its admin) recording a change. */
export function MyFacility() {
  const { t } = useTranslation('facilities');
  const facilityId = useSignedInUser().facility?.id;
  if (!facilityId) return <Text c="dimmed">{t('myFacility.noFacility')}</Text>;
  // Keyed by the facility, so nothing of another facility's page survives a change of account.
  return <FacilityProfile key={facilityId} facilityId={facilityId} />;
}
