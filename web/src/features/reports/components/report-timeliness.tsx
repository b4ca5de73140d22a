import { Group, Select, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryTable, StatusBadge } from '@/components/query-table';
import { SectionCard } from '@/components/section-card';
import { formatDate, formatPercent } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { reportTimelinessQuery, type TimelinessPeriod } from '../api/get-report-timeliness';
import { periodLabel } from '../utils/period';

const stateColor = { OnTime: 'teal', Late: 'orange', Overdue: 'red', NotYetDue: 'gray' } as const;

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

/** The province dashboard's timeliness table: who reported the chosen period on time, late, or not at all. */
export function ReportTimeliness({ provinceId }: { provinceId: string }) {
  const { t } = useTranslation('reports');
  const language = useLanguage();
  const periods = recentPeriods();
  const [chosen, setChosen] = useState(keyOf(periods[0]));
  const period = periods.find((p) => keyOf(p) === chosen) ?? periods[0];
  const timeliness = useQuery(reportTimelinessQuery(provinceId, period));
  const rows = useQuery({ ...reportTimelinessQuery(provinceId, period), select: (x) => x.facilities });
  const data = timeliness.data;
  return (
    <SectionCard title={t('timeliness.title')} description={t('timeliness.description')}>
      <Group mb="sm" align="flex-end" data-testid="report-timeliness">
        <Select
          label={t('timeliness.period')}
          data={periods.map((p) => ({ value: keyOf(p), label: periodLabel(t, p) }))}
          value={chosen}
          onChange={(v) => v && setChosen(v)}
          allowDeselect={false}
          w={220}
        />
        {data && (
          <Stack gap={2}>
            <Text size="sm">{t('timeliness.due', { date: formatDate(data.dueOn) })}</Text>
            <Text fw={600} data-testid="timeliness-share">
              {data.onTimePercent == null ? t('timeliness.noShare') : t('timeliness.share', { share: formatPercent(data.onTimePercent, language) })}
            </Text>
            <Text size="sm" c="dimmed">
              {t('timeliness.counts', data)}
            </Text>
          </Stack>
        )}
      </Group>
      <QueryTable
        query={rows}
        label={t('timeliness.label')}
        minWidth={640}
        columns={[t('timeliness.columns.facility'), t('timeliness.columns.state'), t('timeliness.columns.submitted'), t('timeliness.columns.status')]}
        actionsLabel={t('list.columns.actions')}
        empty={t('timeliness.empty')}
        row={(f) => (
          <Table.Tr key={f.facilityId} data-testid="timeliness-row">
            <Table.Td>{f.name}</Table.Td>
            <Table.Td>
              <StatusBadge color={stateColor[f.state]}>{t(`timeliness.state.${f.state}`)}</StatusBadge>
            </Table.Td>
            <Table.Td>{formatDate(f.firstSubmittedAt)}</Table.Td>
            <Table.Td>{f.status ? t(`status.${f.status}`) : '—'}</Table.Td>
            <Table.Td />
          </Table.Tr>
        )}
      />
    </SectionCard>
  );
}
