import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '@/components/banners';
import { DateField } from '@/components/date-field';
import { toIsoDate } from '@/lib/format';
import { applyProblemToForm } from '@/lib/forms';
import type { UnitStatusEntry } from '../api/get-facility';
import type { UnitStatus } from '../api/list-facilities';
import { useRecordUnitStatusChange, type RecordUnitStatusChangeInput } from '../api/record-unit-status-change';
import { unitStatuses } from '../utils/registry-params';

type Values = {
  status: UnitStatus | null;
  /** yyyy-MM-dd, as Mantine's date inputs hold it. */
  effectiveDate: string | null;
  decisionNumber: string;
  headName: string;
  headcount: number | string;
  note: string;
};

const needsDecision = (status: UnitStatus | null) => status === 'Team' || status === 'Department';

/** "Record a status change": the facility admin's button and the form it opens (POST …/unit-history). */
export function RecordUnitChange({ facilityId, current, onRecorded }: { facilityId: string; current?: UnitStatusEntry; onRecorded?: () => void }) {
  const { t } = useTranslation('facilities');
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={open} data-testid="record-unit-change">
        {t('record.open')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('record.title')} size="lg">
        {/* Mounted only while open: every opening starts from a fresh form. */}
        {opened && (
          <RecordUnitChangeForm
            facilityId={facilityId}
            current={current}
            onCancel={close}
            onRecorded={() => {
              close();
              onRecorded?.();
            }}
          />
        )}
      </Modal>
    </>
  );
}

function RecordUnitChangeForm({
  facilityId,
  current,
  onCancel,
  onRecorded,
}: {
  facilityId: string;
  current?: UnitStatusEntry;
  onCancel: () => void;
  onRecorded: () => void;
}) {
  const { t } = useTranslation('facilities');
  const { t: common } = useTranslation();
  const [banner, setBanner] = useState<string[]>([]);
  const record = useRecordUnitStatusChange(facilityId);
  const form = useForm<Values>({
    initialValues: {
      status: null,
      effectiveDate: null,
      decisionNumber: '',
      // The head and the team usually stay when the unit changes form: start from what is in effect.
      headName: current?.headName ?? '',
      headcount: current?.headcount ?? 0,
      note: '',
    },
    validate: {
      status: (value) => (value ? null : t('record.statusRequired')),
      effectiveDate: (value) => (value ? null : t('record.effectiveDateRequired')),
      decisionNumber: (value, values) => (needsDecision(values.status) && !value.trim() ? t('record.decisionNumberRequired') : null),
      headcount: (value) => {
        const number = typeof value === 'number' ? value : Number.NaN;
        return Number.isInteger(number) && number >= 0 && number <= 10_000 ? null : t('record.headcountInvalid');
      },
    },
  });

  const submit = (values: Values) => {
    setBanner([]);
    const body: RecordUnitStatusChangeInput = {
      status: values.status!,
      effectiveDate: toIsoDate(dayjs(values.effectiveDate)),
      decisionNumber: values.decisionNumber.trim() || null,
      headName: values.headName.trim() || null,
      headcount: Number(values.headcount),
      note: values.note.trim() || null,
    };
    record.mutate(body, {
      onSuccess: onRecorded,
      onError: (error) => setBanner(applyProblemToForm(form, error)),
    });
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label={t('record.title')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('record.intro')}
        </Text>
        <ErrorBanner title={t('record.failed')} messages={banner} data-testid="record-unit-change-error" />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('record.status')}
            placeholder={t('record.statusPlaceholder')}
            data={unitStatuses.map((status) => ({ value: status, label: common(`unitStatus.${status}`) }))}
            allowDeselect={false}
            withAsterisk
            data-autofocus
            {...form.getInputProps('status')}
          />
          <DateField
            label={t('record.effectiveDate')}
            placeholder={t('record.effectiveDatePlaceholder')}
            clearable={false}
            withAsterisk
            {...form.getInputProps('effectiveDate')}
          />
          <TextInput
            label={t('record.decisionNumber')}
            description={t('record.decisionNumberHint')}
            withAsterisk={needsDecision(form.values.status)}
            maxLength={100}
            {...form.getInputProps('decisionNumber')}
          />
          <TextInput label={t('record.headName')} maxLength={200} autoComplete="off" {...form.getInputProps('headName')} />
          <NumberInput
            label={t('record.headcount')}
            min={0}
            max={10_000}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            withAsterisk
            {...form.getInputProps('headcount')}
          />
        </SimpleGrid>
        <Textarea label={t('record.note')} rows={3} resize="vertical" maxLength={2000} {...form.getInputProps('note')} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={record.isPending}>
            {common('actions.cancel')}
          </Button>
          <Button type="submit" loading={record.isPending} data-testid="submit-unit-change">
            {t('record.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
