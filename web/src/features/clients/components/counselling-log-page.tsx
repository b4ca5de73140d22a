import { Anchor, Card, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateField } from '@/components/date-field';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { formatChange, formatDate, formatInteger, todayIso } from '@/lib/format';
import { useFacilityCounselling } from '../api/list-facility-counselling';

/** Average of (after − before) over the sessions scored both times; negative means distress went down. */
function averageChange(sessions: { distressBefore?: number | null; distressAfter?: number | null }[]) {
  const scored = sessions.filter((s) => s.distressBefore != null && s.distressAfter != null);
  if (scored.length === 0) return null;
  return scored.reduce((sum, s) => sum + (s.distressAfter! - s.distressBefore!), 0) / scored.length;
}

/** The facility's counselling log (sổ tham vấn) for a period: who, when, topic, counsellor and the distress scores. */
export function CounsellingLogPage() {
  const { t, i18n } = useTranslation('clients');
  const [from, setFrom] = useState<string | null>(`${todayIso().slice(0, 4)}-01-01`);
  const [to, setTo] = useState<string | null>(todayIso());
  const sessions = useFacilityCounselling(from, to);
  const change = sessions.data ? averageChange(sessions.data) : null;

  return (
    <Stack gap="md">
      <PageHeader title={t('log.title')} subtitle={t('log.subtitle')} />
      <Group gap="sm" align="flex-end">
        <DateField label={t('log.from')} value={from} onChange={setFrom} />
        <DateField label={t('log.to')} value={to} onChange={setTo} />
      </Group>
      {sessions.isPending ? (
        <Loading />
      ) : sessions.isError ? (
        <QueryError error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Card withBorder>
              <Text size="xs" c="dimmed">{t('log.sessions')}</Text>
              <Text size="xl" fw={700} data-testid="log-count">{formatInteger(sessions.data.length)}</Text>
            </Card>
            <Card withBorder>
              <Text size="xs" c="dimmed">{t('log.withRelatives')}</Text>
              <Text size="xl" fw={700}>{formatInteger(sessions.data.filter((s) => s.withRelative).length)}</Text>
            </Card>
            <Card withBorder>
              <Text size="xs" c="dimmed">{t('log.averageChange')}</Text>
              <Text size="xl" fw={700} data-testid="log-change">
                {change === null ? '—' : formatChange(change, i18n.language)}
              </Text>
            </Card>
          </SimpleGrid>
          <Card withBorder padding={0}>
            <Table.ScrollContainer minWidth={760}>
              <Table striped aria-label={t('log.title')}>
                <Table.Thead>
                  <Table.Tr>
                    {(['heldOn', 'client', 'topic', 'duration', 'counsellor', 'distress'] as const).map((column) => (
                      <Table.Th key={column} scope="col">
                        {t(`log.columns.${column}`)}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {sessions.data.length === 0 && (
                    <Table.Tr>
                      <Table.Td colSpan={6}>
                        <Text size="sm" c="dimmed" ta="center" py="md">{t('counselling.empty')}</Text>
                      </Table.Td>
                    </Table.Tr>
                  )}
                  {sessions.data.map((s) => (
                    <Table.Tr key={s.id} data-testid="log-row">
                      <Table.Td>{formatDate(s.heldOn)}</Table.Td>
                      <Table.Td>
                        <Anchor component={Link} to={`/clients/${s.clientId}`} size="sm">{s.clientName}</Anchor>
                        {s.withRelative && <Text size="xs" c="dimmed">{t('counselling.relative', { name: s.relativeName ?? '' })}</Text>}
                      </Table.Td>
                      <Table.Td>{s.topic}</Table.Td>
                      <Table.Td>{t('counselling.minutes', { count: s.durationMinutes })}</Table.Td>
                      <Table.Td>{s.counsellorName ?? '—'}</Table.Td>
                      <Table.Td>{s.distressBefore != null && s.distressAfter != null ? `${s.distressBefore} → ${s.distressAfter}` : '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Card>
          {sessions.data.length >= 500 && <Text size="sm" c="dimmed">{t('log.truncated')}</Text>}
        </>
      )}
    </Stack>
  );
}
