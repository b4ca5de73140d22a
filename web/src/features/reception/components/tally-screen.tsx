import { Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconArrowBackUp, IconPlus, IconWifi, IconWifiOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '@/components/form-modal';
import { Loading } from '@/components/loading';
import { QueryError } from '@/components/query-error';
import { can, useSignedInUser } from '@/lib/auth/me';
import { applyProblemToForm, useFormDialog } from '@/lib/forms';
import { formatInteger } from '@/lib/format';
import { useCreateReceptionPoint } from '../api/create-reception-point';
import { useReceptionPoints } from '../api/list-reception-points';
import { useTally } from '../utils/use-tally';
import { contactKinds } from './contact-kinds';

const pointKey = 'swc.reception.point';

/** Big one-tap buttons per kind of contact, for a tablet at a reception desk; keeps counting through a network loss. */
export function TallyScreen() {
  const { t } = useTranslation('reception');
  const me = useSignedInUser();
  const points = useReceptionPoints();
  const { tap, undo, lastTap, pending, connected, tapped } = useTally();
  const [chosen, setPointId] = useState<string | null>(() => localStorage.getItem(pointKey));
  const [adding, setAdding] = useState(false);
  const active = (points.data ?? []).filter((p) => p.isActive);
  // The point chosen last time on this device, or the first one while none (or a closed one) is chosen.
  const pointId = active.some((p) => p.id === chosen) ? chosen : (active[0]?.id ?? null);

  if (points.isPending) return <Loading />;
  if (points.isError) return <QueryError error={points.error} onRetry={() => void points.refetch()} />;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Select
          label={t('tally.point')}
          placeholder={t('tally.noPoint')}
          data={active.map((p) => ({ value: p.id, label: p.name }))}
          value={pointId}
          allowDeselect={false}
          onChange={(value) => {
            setPointId(value);
            if (value) localStorage.setItem(pointKey, value);
          }}
          miw={260}
        />
        <Group gap="sm">
          <Badge
            size="lg"
            variant="light"
            color={connected ? 'teal' : 'orange'}
            leftSection={connected ? <IconWifi size={14} aria-hidden /> : <IconWifiOff size={14} aria-hidden />}
            data-testid="tally-connection"
          >
            {connected ? t('tally.online') : t('tally.offline')}
          </Badge>
          <Text size="sm" aria-live="polite">
            {t('tally.pending')}: <strong data-testid="tally-pending">{pending}</strong>
          </Text>
          {can(me, 'activities.manage') && (
            <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
              {t('tally.addPoint')}
            </Button>
          )}
        </Group>
      </Group>
      {active.length === 0 ? (
        <Text c="dimmed">{t('tally.noPoints')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, xs: 2, lg: 3 }} spacing="md">
          {contactKinds.map((kind) => (
            <Button
              key={kind}
              size="xl"
              h={112}
              variant="light"
              color={kind === 'CaseHandover' ? 'grape' : 'teal'}
              disabled={!pointId}
              onClick={() => pointId && tap(pointId, kind)}
              data-testid={`tally-${kind}`}
              styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }}
            >
              <Stack gap={4} align="center">
                <span>{t(`kinds.${kind}`)}</span>
                <Badge color="dark" variant="filled" size="lg" aria-label={t('tally.tappedHere')} data-testid={`tally-count-${kind}`}>
                  +{formatInteger(tapped[kind] ?? 0)}
                </Badge>
              </Stack>
            </Button>
          ))}
        </SimpleGrid>
      )}
      {lastTap && (
        <Paper p="sm" withBorder data-testid="tally-undo-bar">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Text size="sm" aria-live="polite">
              {t('tally.counted', { kind: t(`kinds.${lastTap.kind}`) })}
            </Text>
            <Button variant="outline" color="orange" leftSection={<IconArrowBackUp size={16} aria-hidden />} onClick={undo} data-testid="tally-undo">
              {t('tally.undo')}
            </Button>
          </Group>
        </Paper>
      )}
      <Paper p="sm" withBorder>
        <Text size="sm" c="dimmed">
          {t('tally.hint')}
        </Text>
      </Paper>
      <AddPointModal opened={adding} onClose={() => setAdding(false)} onCreated={(id) => setPointId(id)} />
    </Stack>
  );
}

function AddPointModal({ opened, onClose, onCreated }: { opened: boolean; onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation('reception');
  const create = useCreateReceptionPoint();
  const form = useForm({ initialValues: { name: '' }, validate: { name: (v) => (v.trim() ? null : t('point.required')) } });
  const dialog = useFormDialog({ form, mutation: create, onClose });
  return (
    <FormModal
      dialog={dialog}
      opened={opened}
      title={t('point.title')}
      failedTitle={t('point.failed')}
      submitLabel={t('point.submit')}
      onSubmit={form.onSubmit((values) =>
        create.mutate(values.name.trim(), {
          onSuccess: (point) => {
            onCreated(point.id);
            dialog.close();
          },
          onError: (error) => dialog.setErrors(applyProblemToForm(form, error)),
        }),
      )}
    >
      <TextInput label={t('point.name')} required data-autofocus {...form.getInputProps('name')} />
    </FormModal>
  );
}
