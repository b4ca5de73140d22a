import { Button, Checkbox, Group, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '@/components/banners';
import { DateField } from '@/components/date-field';
import { todayIso } from '@/lib/format';
import { useRecordCounsellingSession } from '../api/record-counselling-session';

const score = (value: number | string) => (value === '' ? null : Number(value));

/**
 * Logging one counselling session with a client (or a relative): on the client's page and, for a collaborator, from
 * their start page on a case assigned to them (the API then requires the case and makes them its counsellor).
 */
export function CounsellingForm({ clientId, caseId, onRecorded }: { clientId: string; caseId: string | null; onRecorded?: () => void }) {
  const { t } = useTranslation('clients');
  const record = useRecordCounsellingSession();
  const [topic, setTopic] = useState('');
  const [heldOn, setHeldOn] = useState<string | null>(todayIso());
  const [duration, setDuration] = useState<number | string>(30);
  const [withRelative, setWithRelative] = useState(false);
  const [relativeName, setRelativeName] = useState('');
  const [before, setBefore] = useState<number | string>('');
  const [after, setAfter] = useState<number | string>('');
  return (
    <Stack gap="xs">
      <ErrorBanner title={t('counselling.failed')} messages={record.error ? [record.error.message] : []} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label={t('counselling.topic')} value={topic} onChange={(e) => setTopic(e.currentTarget.value)} maxLength={500} data-testid="counselling-topic" />
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
          data-testid="counselling-submit"
          onClick={() =>
            record.mutate(
              {
                clientId, caseId, withRelative, relativeName: withRelative ? relativeName.trim() : null, heldOn: heldOn!,
                durationMinutes: Number(duration) || 0, topic: topic.trim(), counsellorId: null, distressBefore: score(before), distressAfter: score(after),
              },
              {
                onSuccess: () => {
                  setTopic('');
                  onRecorded?.();
                },
              },
            )
          }
        >
          {t('counselling.record')}
        </Button>
      </Group>
    </Stack>
  );
}
