import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { SectionCard } from '@/components/section-card';
import { formatDate } from '@/lib/format';
import { useCounsellingSessions } from '../api/list-counselling-sessions';
import { CounsellingForm } from './counselling-form';

/** Counselling sessions with the client or a relative; distress 0–10 before and after shows the change. */
export function ClientCounselling({ clientId, canWrite }: { clientId: string; canWrite: boolean }) {
  const { t } = useTranslation('clients');
  const sessions = useCounsellingSessions(clientId);
  return (
    <SectionCard title={t('counselling.title')}>
      <Stack gap="sm">
        {sessions.isPending ? (
          <Loading />
        ) : (sessions.data ?? []).length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('counselling.empty')}
          </Text>
        ) : (
          <Table aria-label={t('counselling.title')}>
            <Table.Tbody>
              {sessions.data!.map((s) => (
                <Table.Tr key={s.id} data-testid="counselling-row">
                  <Table.Td>{formatDate(s.heldOn)}</Table.Td>
                  <Table.Td>{s.topic}</Table.Td>
                  <Table.Td>{s.withRelative ? t('counselling.relative', { name: s.relativeName }) : t('counselling.client')}</Table.Td>
                  <Table.Td>{t('counselling.minutes', { count: s.durationMinutes })}</Table.Td>
                  <Table.Td>{s.distressBefore != null && s.distressAfter != null ? `${s.distressBefore} → ${s.distressAfter}` : '—'}</Table.Td>
                  <Table.Td>{s.counsellorName}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {canWrite && <CounsellingForm clientId={clientId} caseId={null} />}
      </Stack>
    </SectionCard>
  );
}
