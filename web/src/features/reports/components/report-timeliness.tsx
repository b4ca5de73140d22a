import { Anchor, Badge, Button, Group, NativeSelect, SimpleGrid, Stack, Table, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { Pager } from '@/components/pager';
import { QueryError } from '@/components/query-error';
import { StatusBadge } from '@/components/query-table';
import { SectionCard } from '@/components/section-card';
import { formatDate, formatInteger, formatPercent } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { useReportTimeliness, type ReportTimeliness as Figures, type Timeliness, type TimelinessFilter, type TimelinessPeriod } from '../api/get-report-timeliness';
import { periodLabel } from '../utils/period';

const stateColor = { OnTime: 'teal', Late: 'orange', Overdue: 'red', NotYetDue: 'gray' } as const;
const states: Timeliness[] = ['Overdue', 'Late', 'OnTime', 'NotYetDue'];
const countOf = { OnTime: 'onTime', Late: 'late', Overdue: 'overdue', NotYetDue: 'notYetDue' } as const;
const groups = ['Preventive', 'Curative', 'CommuneStation'] as const;
const pageSize = 25;

/** The last eight quarters and the last three years, newest first. */
function recentPeriods(today = new Date()): TimelinessPeriod[] {
  const quarters: TimelinessPeriod[] = [];
  let year = today.getFullYear();
  let quarter = Math.floor(today.getMonth() / 3) + 1;
  for (let i = 0; i < 8; i++) {
    quarter -= 1;
    if (quarter === 0) {
      quarter = 4;
      year -= 1;
    }
    quarters.push({ kind: 'Quarter', year, number: quarter });
  }
  const years = [1, 2, 3].map((back) => ({ kind: 'Year' as const, year: today.getFullYear() - back, number: 1 }));
  return [...quarters, ...years];
}

const keyOf = (p: TimelinessPeriod) => `${p.kind}-${p.year}-${p.number}`;

/**
 * The province dashboard's report timeliness: the province's counts (on time, late, overdue, not yet
 * due) as filter tiles, then one page of the facilities the filters keep. Listing all ~230 facilities
 * made the dashboard 13,400 px tall; an officer chasing reports wants the overdue ones first anyway.
 */
export function ReportTimeliness({ provinceId }: { provinceId: string }) {
  const { t } = useTranslation('reports');
  const { t: common } = useTranslation();
  const language = useLanguage();
  const periods = recentPeriods();
  const [chosen, setChosen] = useState(keyOf(periods[0]));
  const period = periods.find((p) => keyOf(p) === chosen) ?? periods[0];
  const [state, setState] = useState<Timeliness | undefined>(undefined);
  const [group, setGroup] = useState<TimelinessFilter['group']>(undefined);
  const [typed, setTyped] = useState('');
  const [search] = useDebouncedValue(typed.trim(), 300);
  const [page, setPage] = useState(1);
  const filter: TimelinessFilter = { state, group, search, page, pageSize };
  const timeliness = useReportTimeliness(provinceId, period, filter);
  const data = timeliness.data;
  // A new filter starts from the first page.
  const refilter = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setPage(1);
  };

  return (
    <SectionCard title={t('timeliness.title')} description={t('timeliness.description')}>
      <Stack gap="sm" data-testid="report-timeliness">
        <Group align="flex-end" gap="md">
          {/* Native selects: no popover library on the province dashboard (issue 19). */}
          <NativeSelect
            label={t('timeliness.period')}
            data={periods.map((p) => ({ value: keyOf(p), label: periodLabel(t, p) }))}
            value={chosen}
            onChange={(event) => refilter(setChosen)(event.currentTarget.value)}
            w={220}
          />
          {data && (
            <Stack gap={2}>
              <Text size="sm">{t('timeliness.due', { date: formatDate(data.dueOn) })}</Text>
              <Text fw={600} data-testid="timeliness-share">
                {data.onTimePercent == null ? t('timeliness.noShare') : t('timeliness.share', { share: formatPercent(data.onTimePercent, language) })}
              </Text>
            </Stack>
          )}
        </Group>
        {timeliness.isPending ? (
          <Loading />
        ) : timeliness.isError ? (
          <QueryError error={timeliness.error} onRetry={() => void timeliness.refetch()} />
        ) : (
          <>
            <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs" role="group" aria-label={t('timeliness.filterByState')}>
              {states.map((s) => (
                <CountTile key={s} state={s} count={timeliness.data[countOf[s]]} active={state === s} onClick={() => refilter(setState)(state === s ? undefined : s)} />
              ))}
            </SimpleGrid>
            <Group align="flex-end" gap="sm">
              <NativeSelect
                label={t('timeliness.group')}
                data={[{ value: '', label: t('timeliness.allGroups') }, ...groups.map((g) => ({ value: g, label: common(`facilityGroup.${g}`) }))]}
                value={group ?? ''}
                onChange={(event) => refilter(setGroup)((event.currentTarget.value || undefined) as TimelinessFilter['group'])}
                w={220}
              />
              <TextInput
                label={t('timeliness.search')}
                placeholder={t('timeliness.searchPlaceholder')}
                leftSection={<IconSearch size={16} aria-hidden />}
                value={typed}
                onChange={(event) => {
                  setTyped(event.currentTarget.value);
                  setPage(1);
                }}
                w={260}
              />
              {(state || group || typed) && (
                <Button
                  variant="subtle"
                  onClick={() => {
                    setState(undefined);
                    setGroup(undefined);
                    setTyped('');
                    setPage(1);
                  }}
                >
                  {t('timeliness.clearFilters')}
                </Button>
              )}
            </Group>
            <FacilityRows data={timeliness.data} />
            <Pager page={page} pageSize={pageSize} total={timeliness.data.facilityCount} onChange={setPage} label={t('timeliness.pages')} />
          </>
        )}
      </Stack>
    </SectionCard>
  );
}

function CountTile({ state, count, active, onClick }: { state: Timeliness; count: number; active: boolean; onClick: () => void }) {
  const { t } = useTranslation('reports');
  const language = useLanguage();
  return (
    <UnstyledButton
      onClick={onClick}
      aria-pressed={active}
      data-testid={`timeliness-count-${state}`}
      p="xs"
      style={{
        border: `1px solid var(--mantine-color-${stateColor[state]}-${active ? 6 : 2})`,
        borderRadius: 'var(--mantine-radius-sm)',
        background: active ? `var(--mantine-color-${stateColor[state]}-light)` : undefined,
      }}
    >
      <Text size="xl" fw={700} c={`${stateColor[state]}.8`}>
        {formatInteger(count, language)}
      </Text>
      <Text size="sm">{t(`timeliness.state.${state}`)}</Text>
    </UnstyledButton>
  );
}

function FacilityRows({ data }: { data: Figures }) {
  const { t } = useTranslation('reports');
  if (data.facilities.length === 0)
    return (
      <Text c="dimmed" ta="center" py="md">
        {data.facilityCount === 0 && data.onTime + data.late + data.overdue + data.notYetDue === 0 ? t('timeliness.empty') : t('timeliness.noneMatch')}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover verticalSpacing="xs" aria-label={t('timeliness.label')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('timeliness.columns.facility')}</Table.Th>
            <Table.Th scope="col">{t('timeliness.columns.state')}</Table.Th>
            <Table.Th scope="col">{t('timeliness.columns.submitted')}</Table.Th>
            <Table.Th scope="col">{t('timeliness.columns.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.facilities.map((f) => (
            <Table.Tr key={f.facilityId} data-testid="timeliness-row">
              <Table.Td>
                <Anchor component={Link} to={`/facilities/${f.facilityId}`}>
                  {f.name}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <StatusBadge color={stateColor[f.state]}>{t(`timeliness.state.${f.state}`)}</StatusBadge>
              </Table.Td>
              <Table.Td>{formatDate(f.firstSubmittedAt)}</Table.Td>
              <Table.Td>{f.status ? <Badge variant="outline">{t(`status.${f.status}`)}</Badge> : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
