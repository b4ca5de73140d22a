import { Button, Stack } from '@mantine/core';
import { IconBuildingHospital } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { can, useMe } from '@/lib/auth/me';
import { FacilityStatusCard } from './facility-status-card';
import { UpcomingModules } from './upcoming-modules';

/** A facility user's start page: who and where they are, the unit's standing, and the modules still to come. */
export function FacilityHome() {
  const { t } = useTranslation('facility-home');
  const { t: common } = useTranslation();
  const me = useMe();

  if (me.isPending) return <Loading />;
  if (me.isError) return <QueryError error={me.error} onRetry={() => void me.refetch()} />;

  const { fullName, facility, role } = me.data;
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
      {facility && can(me.data, 'kpis.read-facility') && <FacilityStatusCard facilityId={facility.id} />}
      <UpcomingModules />
    </Stack>
  );
}
