import { Button, Stack } from '@mantine/core';
import { IconBuildingHospital } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { can, useSignedInUser } from '@/lib/auth/me';
import { FacilityStatusCard } from './facility-status-card';

/** A facility user's start page: who and where they are, the unit's standing, and the modules' figures (composed in by the app's route). */
export function FacilityHome({ children }: { children?: ReactNode }) {
  const { t } = useTranslation('facility-home');
  const { t: common } = useTranslation();
  const me = useSignedInUser();
  const { fullName, facility, role } = me;
  const subtitle = facility && role ? t('subtitle', { facility: facility.name, role: common(`roles.${role}`) }) : facility?.name;

  return (
    <Stack gap="lg">
      <PageHeader
        title={fullName ? t('greeting', { name: fullName }) : t('greetingNoName')}
        subtitle={subtitle}
        actions={
          facility && (
            <Button component={Link} to="/my-facility" variant="light" leftSection={<IconBuildingHospital size={18} aria-hidden />}>
              {t('profileLink')}
            </Button>
          )
        }
      />
      {/* Collaborators have no kpis.read-facility: the API would refuse, so the card is not offered. */}
      {facility && can(me, 'kpis.read-facility') && <FacilityStatusCard facilityId={facility.id} />}
      {children}
    </Stack>
  );
}
