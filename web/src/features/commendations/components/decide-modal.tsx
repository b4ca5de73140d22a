import { Alert, SegmentedControl, SimpleGrid, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/date-field';
import { FormModal } from '@/components/form-modal';
import { applyProblemToForm, useFormDialog } from '@/lib/forms';
import { useDecideNomination } from '../api/decide-nomination';
import type { Nomination } from '../api/list-nominations';

/** The province officer's final decision on a submitted nomination. */
export function DecideModal({ nomination, onClose }: { nomination: Nomination | null; onClose: () => void }) {
  const { t } = useTranslation('commendations');
  const decide = useDecideNomination();
  const form = useForm({
    initialValues: { outcome: 'awarded', decisionNumber: '', decisionDate: null as string | null, reason: '' },
    validate: {
      decisionNumber: (v, values) => (values.outcome !== 'awarded' || v.trim() ? null : t('decide.numberRequired')),
      decisionDate: (v, values) => (values.outcome !== 'awarded' || v ? null : t('decide.dateRequired')),
      reason: (v, values) => (values.outcome === 'awarded' || v.trim() ? null : t('decide.reasonRequired')),
    },
  });
  const dialog = useFormDialog({ form, mutation: decide, onClose });
  const awarded = form.values.outcome === 'awarded';
  return (
    <FormModal
      dialog={dialog}
      opened={nomination !== null}
      title={t('decide.title', { name: nomination?.nomineeName })}
      failedTitle={t('decide.failed')}
      submitLabel={t('decide.submit')}
      onSubmit={form.onSubmit((v) =>
        decide.mutate(
          awarded
            ? { nominationId: nomination!.id, awarded: true, decisionNumber: v.decisionNumber.trim(), decisionDate: v.decisionDate, reason: null }
            : { nominationId: nomination!.id, awarded: false, decisionNumber: null, decisionDate: null, reason: v.reason.trim() },
          { onSuccess: () => dialog.close(), onError: (error) => dialog.setErrors(applyProblemToForm(form, error)) },
        ),
      )}
    >
      {nomination && (
        <Text size="sm">
          <b>{t('decide.achievements')}:</b> {nomination.achievements}
        </Text>
      )}
      <SegmentedControl
        aria-label={t('decide.outcome')}
        data={[
          { value: 'awarded', label: t('decide.awarded') },
          { value: 'notAwarded', label: t('decide.notAwarded') },
        ]}
        {...form.getInputProps('outcome')}
      />
      {awarded ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('decide.decisionNumber')} required maxLength={100} {...form.getInputProps('decisionNumber')} />
          <DateField label={t('decide.decisionDate')} required {...form.getInputProps('decisionDate')} />
        </SimpleGrid>
      ) : (
        <Textarea label={t('decide.reason')} required rows={3} maxLength={2000} {...form.getInputProps('reason')} />
      )}
      <Alert color="yellow" variant="light">
        {t('decide.final')}
      </Alert>
    </FormModal>
  );
}
