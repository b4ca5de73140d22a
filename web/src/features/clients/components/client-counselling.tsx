import { Button, Checkbox, Group, NumberInput, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '@/components/banners';
import { Loading } from '@/components/loading';
import { SectionCard } from '@/components/section-card';
import { formatDate, todayIso } from '@/lib/format';
import { useCounsellingSessions } from '../api/list-counselling-sessions';
import { useRecordCounsellingSession } from '../api/record-counselling-session';
import { DateField } from '@/components/date-field';

const score = (value: number | string) => (value === '' ? null : Number(value));

/** Counselling sessions with the client or a relative; distress 0–10 before and after shows the change. */
export function ClientCounselling({ clientId, canWrite }: { clientId: string; canWrite: boolean }) {
  const { t } = useTranslation('clients');
  const sessions = useCounsellingSessions(clientId);
  const record = useRecordCounsellingSession();
  const [topic, setTopic] = useState('');
  const [heldOn, setHeldOn] = useState<string | null>(todayIso());
  const [duration, setDuration] = useState<number | string>(30);
  const [withRelative, setWithRelative] = useState(false);
  const [relativeName, setRelativeName] = useState('');
  const [before, setBefore] = useState<number | string>('');
  const [after, setAfter] = useState<number | string>('');
  return (
    <SectionCard title={t('counselling.title')}>
      <Stack gap="sm">
        <ErrorBanner title={t('counselling.failed')} messages={record.error ? [record.error.message] : []} />
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
        {canWrite && (
          <Stack gap="xs">
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput label={t('counselling.topic')} value={topic} onChange={(e) => setTopic(e.currentTarget.value)} maxLength={500} />
              <DateField label={t('counselling.heldOn')} value={heldOn} onChange={setHeldOn} />
              <NumberInput label={t('counselling.duration')} min={1} max={600} allowDecimal={false} value={duration} onChange={setDuration} />
              <NumberInput label={t('counselling.before')} min={0} max={10} allowDecimal={false} value={before} onChange={setBefore} />
              <NumberInput label={t('counselling.after')} min={0} max={10} allowDecimal={false} value={after} onChange={setAfter} />
            </SimpleGrid>
            <Group align="flex-end">
              <Checkbox label={t('counselling.withRelative')} checked={withRelative} onChange={(e) => setWithRelative(e.currentTarget.checked)} />
              {withRelative && <TextInput label={t('counselling.relativeName')} value={relativeName} onChange={(e) => setRelativeName(e.currentTarget.value)} maxLength={200} />}
              <Button
                disabled={!topic.trim() || !heldOn}
                loading={record.isPending}
                onClick={() =>
                  record.mutate(
                    {
                      clientId, caseId: null, withRelative, relativeName: withRelative ? relativeName.trim() : null, heldOn: heldOn!,
                      durationMinutes: Number(duration) || 0, topic: topic.trim(), counsellorId: null, distressBefore: score(before), distressAfter: score(after),
                    },
                    { onSuccess: () => setTopic('') },
                  )
                }
              >
                {t('counselling.record')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </SectionCard>
  );
}
