import { FileInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/date-field';
import { FormModal } from '@/components/form-modal';
import { ApiProblem } from '@/lib/api/problem';
import { toIsoDate } from '@/lib/format';
import { applyProblemToForm, useFormDialog } from '@/lib/forms';
import { useAddCertificate } from '../api/add-certificate';
import type { StaffMember } from '../api/list-staff';

const initialValues = { number: '', issuer: 'Sở Y tế', issuedOn: null as string | null, expiresOn: null as string | null, scan: null as File | null };

/** Records a practice certificate (Decree 110/2024/NĐ-CP) and, optionally, uploads its scanned copy. */
export function AddCertificateModal({ member, onClose }: { member: StaffMember | null; onClose: () => void }) {
  const { t } = useTranslation('workforce');
  const add = useAddCertificate();
  const form = useForm({
    initialValues,
    validate: {
      number: (v) => (v.trim() ? null : t('certificate.numberRequired')),
      issuer: (v) => (v.trim() ? null : t('certificate.issuerRequired')),
      issuedOn: (v) => (v ? null : t('certificate.issuedOnRequired')),
    },
  });
  const dialog = useFormDialog({ form, mutation: add, onClose });
  return (
    <FormModal
      dialog={dialog}
      opened={member !== null}
      title={member ? t('certificate.addFor', { name: member.fullName }) : ''}
      failedTitle={t('certificate.failed')}
      submitLabel={t('certificate.submit')}
      onSubmit={form.onSubmit((v) =>
        add.mutate(
          {
            staffMemberId: member!.id,
            input: { number: v.number.trim(), issuer: v.issuer.trim(), issuedOn: toIsoDate(dayjs(v.issuedOn)), expiresOn: v.expiresOn ? toIsoDate(dayjs(v.expiresOn)) : null },
            scan: v.scan,
          },
          {
            onSuccess: () => dialog.close(),
            onError: (error) => {
              if (error instanceof ApiProblem && error.status === 409) form.setFieldError('number', error.message);
              else dialog.setErrors(applyProblemToForm(form, error));
            },
          },
        ),
      )}
    >
      <TextInput label={t('certificate.number')} required data-autofocus {...form.getInputProps('number')} />
      <TextInput label={t('certificate.issuer')} required {...form.getInputProps('issuer')} />
      <DateField label={t('certificate.issuedOn')} required {...form.getInputProps('issuedOn')} />
      <DateField label={t('certificate.expiresOn')} description={t('certificate.expiresHint')} {...form.getInputProps('expiresOn')} />
      <FileInput label={t('certificate.scan')} description={t('certificate.scanHint')} accept="application/pdf,image/jpeg,image/png" clearable {...form.getInputProps('scan')} />
    </FormModal>
  );
}
