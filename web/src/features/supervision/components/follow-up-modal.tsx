import { Select, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/date-field';
import { FormModal } from '@/components/form-modal';
import type { Schemas } from '@/lib/api/client';
import { todayIso } from '@/lib/format';
import { applyProblemToForm, useFormDialog } from '@/lib/forms';
import type { Recommendation } from '../api/get-visit';
import { useRecordFollowUp } from '../api/record-follow-up';

const statuses: Schemas['RecommendationStatus'][] = ['InProgress', 'Done', 'NotFeasible'];

/** The facility's follow-up on one recommendation: the status, what was done (or why not), and the date. */
export function FollowUpModal({ recommendation, onClose }: { recommendation: Recommendation | null; onClose: () => void }) {
  const { t } = useTranslation('supervision');
  const record = useRecordFollowUp();
  const form = useForm({
    initialValues: { status: 'InProgress' as string | null, note: '', date: todayIso() as string | null },
    validate: {
      note: (v) => (v.trim() ? null : t('followUp.noteRequired')),
      date: (v) => (v ? null : t('form.dateRequired')),
    },
  });
  const dialog = useFormDialog({ form, mutation: record, onClose });
  return (
    <FormModal
      dialog={dialog}
      opened={recommendation !== null}
      title={t('followUp.title', { number: recommendation?.number })}
      failedTitle={t('followUp.failed')}
      submitLabel={t('followUp.submit')}
      onSubmit={form.onSubmit((v) =>
        record.mutate(
          {
            recommendationId: recommendation!.id,
            version: recommendation!.version,
            status: v.status as Schemas['RecommendationStatus'],
            note: v.note.trim(),
            date: v.date!,
          },
          { onSuccess: () => dialog.close(), onError: (error) => dialog.setErrors(applyProblemToForm(form, error)) },
        ),
      )}
    >
      <Select
        label={t('followUp.status')}
        allowDeselect={false}
        data={statuses.map((value) => ({ value, label: t(`recommendationStatus.${value}`) }))}
        {...form.getInputProps('status')}
      />
      <Textarea
        label={form.values.status === 'NotFeasible' ? t('followUp.reason') : t('followUp.note')}
        required
        rows={3}
        maxLength={2000}
        {...form.getInputProps('note')}
      />
      <DateField label={t('followUp.date')} required {...form.getInputProps('date')} />
    </FormModal>
  );
}
