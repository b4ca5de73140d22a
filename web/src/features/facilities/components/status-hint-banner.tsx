import { Alert } from '@mantine/core';
import { IconBulb } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { can, useSignedInUser } from '@/lib/auth/me';
import { formatInteger } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { useStatusHint } from '../api/get-status-hint';

/**
 * Says when the facility's records contradict its declared unit status (staff and activities on record
 * while it declares no social work). Only a hint: the status is the facility's decision, so it changes
 * when the facility records one, and the KPI counts the declared status until then.
 */
export function StatusHintBanner({ facilityId }: { facilityId: string }) {
  const me = useSignedInUser();
  const enabled = can(me, 'kpis.read-facility');
  const canRecord = can(me, 'unit.manage') && me.facility?.id === facilityId;
  const { t } = useTranslation('facilities');
  const { t: common } = useTranslation();
  const language = useLanguage();
  const hint = useStatusHint(facilityId, enabled).data?.hint;
  if (!hint) return null;
  return (
    <Alert color="yellow" icon={<IconBulb size={18} aria-hidden />} title={t('statusHint.title')} data-testid="status-hint">
      {t('statusHint.RecordsShowSocialWork', {
        status: common(`unitStatus.${hint.declaredStatus}`),
        staff: formatInteger(hint.activeStaff, language),
        activities: formatInteger(hint.activitiesLastYear, language),
      })}{' '}
      {canRecord ? t('statusHint.forFacility') : t('statusHint.forProvince')}
    </Alert>
  );
}
