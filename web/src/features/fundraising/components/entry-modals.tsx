import { FileInput, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormModal } from '@/components/form-modal';
import { todayIso } from '@/lib/format';
import { applyProblemToForm, useFormDialog } from '@/lib/forms';
import { useAcknowledgeDistribution } from '../api/acknowledge-distribution';
import type { LedgerEntry } from '../api/get-statement';
import { useReverseEntry } from '../api/reverse-entry';
import { DateField } from '@/components/date-field';

/** Corrects a mistaken entry by a reversal with the reason; the original stays in the ledger. */
export function ReverseEntryModal({ entry, onClose, onDone }: { entry: LedgerEntry | null; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('fundraising');
  const reverse = useReverseEntry();
  const form = useForm({ initialValues: { reason: '' }, validate: { reason: (v) => (v.trim() ? null : t('reverse.reasonRequired')) } });
  const dialog = useFormDialog({ form, mutation: reverse, onClose });
  const submit = form.onSubmit((values) => {
    dialog.setErrors([]);
    reverse.mutate(
      { entryId: entry!.id, reason: values.reason.trim() },
      { onSuccess: () => { form.reset(); onDone(); }, onError: (error) => dialog.setErrors(applyProblemToForm(form, error)) },
    );
  });
  return (
    <FormModal dialog={dialog} opened={entry !== null} title={t('reverse.title')} failedTitle={t('reverse.failed')} submitLabel={t('reverse.submit')} onSubmit={submit}>
      <Text size="sm" c="dimmed">{t('reverse.text')}</Text>
      <Textarea label={t('reverse.reason')} required maxLength={1000} rows={2} data-autofocus {...form.getInputProps('reason')} />
    </FormModal>
  );
}

const readBase64 = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).split(',')[1] ?? '');
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });

/** Who received a distribution and when, with the signed paper scanned when there is one. */
export function AcknowledgeModal({ entry, onClose, onDone }: { entry: LedgerEntry | null; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('fundraising');
  const acknowledge = useAcknowledgeDistribution();
  const form = useForm({
    initialValues: { receivedBy: '', receivedOn: todayIso() as string | null, note: '', scan: null as File | null },
    validate: { receivedBy: (v) => (v.trim() ? null : t('distribute.nameRequired')), receivedOn: (v) => (v ? null : t('cash.dateRequired')) },
  });
  const dialog = useFormDialog({ form, mutation: acknowledge, onClose });
  const submit = form.onSubmit(async (values) => {
    dialog.setErrors([]);
    const scan = values.scan;
    acknowledge.mutate(
      {
        entryId: entry!.id,
        body: {
          receivedBy: values.receivedBy.trim(), receivedOn: values.receivedOn!, note: values.note.trim() || null,
          scanFileName: scan?.name ?? null, scanContentType: scan?.type ?? null, scanBase64: scan ? await readBase64(scan) : null,
        },
      },
      { onSuccess: () => { form.reset(); onDone(); }, onError: (error) => dialog.setErrors(applyProblemToForm(form, error)) },
    );
  });
  return (
    <FormModal dialog={dialog} opened={entry !== null} title={t('acknowledge.title')} failedTitle={t('acknowledge.failed')} submitLabel={t('acknowledge.submit')} onSubmit={submit}>
      <TextInput label={t('acknowledge.receivedBy')} required maxLength={200} data-autofocus {...form.getInputProps('receivedBy')} />
      <DateField clearable={false} label={t('acknowledge.receivedOn')} required {...form.getInputProps('receivedOn')} />
      <Textarea label={t('cash.description')} maxLength={1000} rows={2} {...form.getInputProps('note')} />
      <FileInput label={t('acknowledge.scan')} accept="application/pdf,image/jpeg,image/png" clearable {...form.getInputProps('scan')} />
    </FormModal>
  );
}
