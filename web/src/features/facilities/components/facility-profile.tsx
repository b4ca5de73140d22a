import { SectionCard } from '@/components/section-card';
import { Alert, Anchor, Badge, CloseButton, DataList, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { can, useSignedInUser } from '@/lib/auth/me';
import { formatDate, formatInteger, todayIso } from '@/lib/format';
import { useFacility, type FacilityProfile as Facility } from '../api/get-facility';
import { currentEntry } from '../utils/unit-history';
import { RecordUnitChange } from './record-unit-change';
import { StatusHintBanner } from './status-hint-banner';
import { UnitHistoryTimeline } from './unit-history-timeline';
import { UnitStatusBadge } from './unit-status-badge';

/** What the registry hands a profile it links to, so "back to the list" returns to the same filters. */
export type RegistryLinkState = { registrySearch?: string };

/**
 * A facility's profile and its social-work unit's history: the registry's detail page and
 * "My facility" alike. Its own facility admin may record a change of the unit here.
 * A 404 (a bad id, or a facility the caller may not see) shows the not-found page, never data.
 */
export function FacilityProfile({ facilityId }: { facilityId: string }) {
  const me = useSignedInUser();
  const facility = useFacility(facilityId);
  const [saved, setSaved] = useState(false);

  if (facility.isError) return <QueryError error={facility.error} onRetry={() => void facility.refetch()} />;
  if (facility.isPending) return <Loading />;

  const allowRecording = can(me, 'unit.manage') && me.facility?.id === facilityId;
  const today = todayIso();
  return (
    <FacilityProfileView
      facility={facility.data}
      today={today}
      meId={me.id}
      showBackLink={!me.facility}
      notice={saved ? <SavedNotice onClose={() => setSaved(false)} /> : undefined}
      actions={
        allowRecording ? (
          <RecordUnitChange
            facilityId={facilityId}
            current={currentEntry(facility.data.unitHistory, today)}
            onRecorded={() => setSaved(true)}
          />
        ) : undefined
      }
    />
  );
}

function SavedNotice({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('facilities');
  const { t: common } = useTranslation();
  return (
    <Alert color="teal" mb="md" role="status" data-testid="unit-change-saved">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{t('record.saved')}</Text>
        <CloseButton size="sm" onClick={onClose} aria-label={common('actions.close')} />
      </Group>
    </Alert>
  );
}

function FacilityProfileView({
  facility,
  today,
  meId,
  showBackLink,
  notice,
  actions,
}: {
  facility: Facility;
  today: string;
  meId?: string;
  showBackLink: boolean;
  notice?: ReactNode;
  actions?: ReactNode;
}) {
  const { t } = useTranslation('facilities');
  const { t: common } = useTranslation();
  const location = useLocation();
  const registrySearch = (location.state as RegistryLinkState | null)?.registrySearch ?? '';
  const missing = (
    <Text span size="sm" c="dimmed">
      {t('profile.notProvided')}
    </Text>
  );
  const item = (label: string, value: ReactNode) => (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{value === null || value === undefined || value === '' ? missing : value}</DataList.ItemValue>
    </DataList.Item>
  );

  return (
    <>
      {showBackLink && (
        <Anchor component={Link} to={`/facilities${registrySearch}`} size="sm" mb="xs" display="inline-flex" style={{ alignItems: 'center', gap: 4 }}>
          <IconArrowLeft size={14} aria-hidden />
          {t('profile.backToRegistry')}
        </Anchor>
      )}
      <PageHeader
        title={facility.name}
        subtitle={`${facility.code} · ${facility.provinceName}`}
        actions={actions}
      />
      {notice}
      <Stack gap="md">
        <Group gap="xs" wrap="wrap">
          <Text size="sm">{t('profile.currentUnitStatus')}:</Text>
          <UnitStatusBadge status={facility.currentUnitStatus} size="lg" data-testid="current-unit-status" />
          {facility.closedOn && (
            <Badge color="red" variant="light" size="lg">
              {t('profile.closed')}
            </Badge>
          )}
        </Group>
        <StatusHintBanner facilityId={facility.id} />
        <Paper withBorder p="md" component="section" aria-labelledby="facility-details-title">
          <Title order={2} fz="lg" mb="sm" id="facility-details-title">
            {t('profile.details')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing={0}>
            <DataList size="sm" labelWidth={170} data-testid="facility-details">
              {item(t('profile.code'), facility.code)}
              {item(t('profile.province'), facility.provinceName)}
              {item(t('profile.type'), common(`facilityType.${facility.type}`))}
              {item(t('profile.group'), common(`facilityGroup.${facility.group}`))}
              {item(t('profile.ownership'), common(`ownership.${facility.ownership}`))}
              {facility.hospitalLevel && item(t('profile.hospitalLevel'), common(`hospitalLevel.${facility.hospitalLevel}`))}
            </DataList>
            <DataList size="sm" labelWidth={170}>
              {item(t('profile.communeWard'), facility.communeWard)}
              {item(t('profile.address'), facility.addressDetail)}
              {item(t('profile.phone'), facility.phone && <Anchor href={`tel:${facility.phone}`}>{facility.phone}</Anchor>)}
              {item(t('profile.medicalStaff'), formatInteger(facility.medicalStaffCount))}
              {item(t('profile.establishedOn'), formatDate(facility.establishedOn))}
              {facility.closedOn && item(t('profile.closedOn'), formatDate(facility.closedOn))}
            </DataList>
          </SimpleGrid>
        </Paper>
        <SectionCard title={t('history.title')} description={t('history.order')}>
          <UnitHistoryTimeline entries={facility.unitHistory} today={today} meId={meId} />
        </SectionCard>
      </Stack>
    </>
  );
}
