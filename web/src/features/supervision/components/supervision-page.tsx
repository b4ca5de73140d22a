import { Anchor, Button, Checkbox, CloseButton, Group, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { QueryTable } from '@/components/query-table';
import { SectionCard } from '@/components/section-card';
import { can, useSignedInUser } from '@/lib/auth/me';
import { formatDate, formatInteger } from '@/lib/format';
import { useSupervisionOverview } from '../api/get-overview';
import { useSupervisionVisits } from '../api/list-visits';
import { OpenRecommendationsCard } from './open-recommendations-card';
import { PlanVisitModal } from './plan-visit-modal';
import { VisitStatusBadge } from './status-badges';

/** Supervision: the province sees its facilities side by side and every visit; a facility its own visits and open recommendations. */
export function SupervisionPage() {
  const { t } = useTranslation('supervision');
  const me = useSignedInUser();
  const navigate = useNavigate();
  const [planning, setPlanning] = useState(false);
  const [facility, setFacility] = useState<{ id: string; name: string } | null>(null);
  const province = !me.facility?.id;
  return (
    <Stack gap="md">
      <PageHeader
        title={t('title')}
        subtitle={province ? t('subtitleProvince') : t('subtitleFacility')}
        actions={
          can(me, 'supervision.manage') && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setPlanning(true)}>
              {t('plan')}
            </Button>
          )
        }
      />
      {province ? <FacilityOverview onPick={setFacility} /> : <OpenRecommendationsCard />}
      <VisitList showFacility={province} facility={facility} onClearFacility={() => setFacility(null)} />
      <PlanVisitModal opened={planning} onClose={() => setPlanning(false)} onPlanned={(visit) => void navigate(`/supervision/visits/${visit.id}`)} />
    </Stack>
  );
}

type PickedFacility = { id: string; name: string } | null;

function VisitList({ showFacility, facility, onClearFacility }: { showFacility: boolean; facility: PickedFacility; onClearFacility: () => void }) {
  const { t } = useTranslation('supervision');
  const visits = useSupervisionVisits(facility ? { facilityId: facility.id } : {});
  return (
    <SectionCard title={t('visits.title')}>
      {facility && (
        <Group gap={4} mb="xs" data-testid="visit-filter">
          <Text size="sm">{t('visits.filteredBy', { facility: facility.name })}</Text>
          <CloseButton size="sm" aria-label={t('visits.clearFilter')} onClick={onClearFacility} />
        </Group>
      )}
      <QueryTable
        query={visits}
        label={t('visits.title')}
        minWidth={720}
        columns={[t('visits.date'), showFacility && t('visits.facility'), t('visits.scope'), t('visits.status'), t('visits.recommendations')]}
        actionsLabel={t('visits.actions')}
        empty={t('visits.empty')}
        row={(v) => (
          <Table.Tr key={v.id} data-testid="visit-row">
            <Table.Td>{formatDate(v.conductedOn ?? v.plannedOn)}</Table.Td>
            {showFacility && <Table.Td>{v.facilityName}</Table.Td>}
            <Table.Td maw={360}>
              <Text size="sm" lineClamp={2}>
                {v.scope}
              </Text>
            </Table.Td>
            <Table.Td>
              <VisitStatusBadge status={v.status} />
            </Table.Td>
            <Table.Td>
              {formatInteger(v.recommendations)}
              {v.status === 'Closed' && (
                <Text span size="sm" c={v.overdueRecommendations > 0 ? 'red' : 'dimmed'}>
                  {' '}
                  ({t('visits.openOverdue', { open: v.openRecommendations, overdue: v.overdueRecommendations })})
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Anchor component={Link} to={`/supervision/visits/${v.id}`} size="sm">
                {t('visits.open')}
              </Anchor>
            </Table.Td>
          </Table.Tr>
        )}
      />
    </SectionCard>
  );
}

function FacilityOverview({ onPick }: { onPick: (facility: { id: string; name: string }) => void }) {
  const { t } = useTranslation('supervision');
  const overview = useSupervisionOverview();
  const [onlyVisited, setOnlyVisited] = useState(true);
  if (overview.isPending) return <Loading />;
  if (overview.isError) return <QueryError error={overview.error} onRetry={() => void overview.refetch()} />;
  const rows = overview.data.facilities.filter((f) => !onlyVisited || f.visits > 0);
  return (
    <SectionCard title={t('overview.title')} description={t('overview.description')}>
      <Checkbox mb="sm" label={t('overview.onlyWithVisits')} checked={onlyVisited} onChange={(e) => setOnlyVisited(e.currentTarget.checked)} />
      <Table.ScrollContainer minWidth={720}>
        <Table striped aria-label={t('overview.title')}>
          <Table.Thead>
            <Table.Tr>
              {(['facility', 'visits', 'last', 'next', 'open', 'overdue', 'awaiting'] as const).map((c) => (
                <Table.Th key={c} scope="col">
                  {t(`overview.${c}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={7}>
                  <Text c="dimmed" ta="center">
                    {t('overview.empty')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {rows.map((f) => (
              <Table.Tr key={f.facilityId} data-testid="supervision-facility-row">
                <Table.Td>
                  <UnstyledButton
                    c="blue"
                    fz="sm"
                    aria-label={t('overview.showVisits', { facility: f.facilityName })}
                    onClick={() => onPick({ id: f.facilityId, name: f.facilityName })}
                  >
                    {f.facilityName}
                  </UnstyledButton>
                </Table.Td>
                <Table.Td>{formatInteger(f.visits)}</Table.Td>
                <Table.Td>{formatDate(f.lastVisitOn)}</Table.Td>
                <Table.Td>{formatDate(f.nextPlannedOn)}</Table.Td>
                <Table.Td>{formatInteger(f.openRecommendations)}</Table.Td>
                <Table.Td c={f.overdueRecommendations > 0 ? 'red' : undefined} fw={f.overdueRecommendations > 0 ? 700 : undefined}>
                  {formatInteger(f.overdueRecommendations)}
                </Table.Td>
                <Table.Td>{formatInteger(f.awaitingReview)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </SectionCard>
  );
}
