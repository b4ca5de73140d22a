import { Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { FacilityPicker } from '@/components/facility-picker';
import { FormModal } from '@/components/form-modal';
import { ProvinceSelect } from '@/components/province-select';
import type { Me } from '@/lib/auth/me';
import { applyProblemToForm, useFormDialog } from '@/lib/forms';
import { useProvinces } from '@/lib/reference-data/provinces';
import type { User, UserRole } from '../api/list-users';
import { useUpdateUser } from '../api/update-user';
import { assignableRoles, isFacilityRole } from './roles';

type Values = { fullName: string; role: UserRole | null; facilityId: string | null; provinceId: string | null };

/** Name, role (only what the editor may grant) and, for a platform admin, facility or province of an account. */
export function EditUserModal({ me, user, onClose, onSaved }: { me: Me; user: User | null; onClose: () => void; onSaved: (user: User) => void }) {
  const { t } = useTranslation('users');
  const { t: common } = useTranslation();
  const updateUser = useUpdateUser();
  const platformAdmin = me.role === 'PlatformAdmin';
  const form = useForm<Values>({
    initialValues: { fullName: '', role: null, facilityId: null, provinceId: null },
    validate: {
      fullName: (value) => (!value.trim() ? t('form.errors.fullNameRequired') : value.trim().length > 200 ? t('form.errors.fullNameTooLong') : null),
      role: (value) => (value ? null : t('form.errors.roleRequired')),
      facilityId: (value, values) => (platformAdmin && isFacilityRole(values.role) && !value ? t('form.errors.facilityRequired') : null),
      provinceId: (value, values) => (values.role === 'ProvinceOfficer' && !value ? t('form.errors.provinceRequired') : null),
    },
  });
  // Filled from the row each time the dialog opens for an account.
  useEffect(() => {
    if (user) form.setValues({ fullName: user.fullName, role: user.role, facilityId: user.facilityId ?? null, provinceId: user.provinceId ?? null });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [user]);
  useProvinces({ enabled: user !== null && platformAdmin });
  const dialog = useFormDialog({ form, mutation: updateUser, onClose });
  const role = form.values.role;

  const submit = (values: Values) => {
    if (!user) return;
    dialog.setErrors([]);
    updateUser.mutate(
      {
        userId: user.id,
        fullName: values.fullName.trim(),
        role: values.role!,
        facilityId: platformAdmin && isFacilityRole(values.role) ? values.facilityId : null,
        provinceId: platformAdmin && values.role === 'ProvinceOfficer' ? values.provinceId : null,
      },
      {
        onSuccess: (saved) => {
          form.reset();
          onSaved(saved);
        },
        onError: (error) => dialog.setErrors(applyProblemToForm(form, error)),
      },
    );
  };

  return (
    <FormModal dialog={dialog} opened={user !== null} title={t('edit.title')} failedTitle={t('edit.failed')} submitLabel={t('edit.submit')} onSubmit={form.onSubmit(submit)}>
      <TextInput label={t('form.fullName')} autoComplete="off" required {...form.getInputProps('fullName')} />
      <Select
        label={t('form.role')}
        required
        allowDeselect={false}
        data={assignableRoles(me).map((value) => ({ value, label: common(`roles.${value}`) }))}
        {...form.getInputProps('role')}
      />
      {platformAdmin && isFacilityRole(role) && (
        <FacilityPicker required {...form.getInputProps('facilityId')} onChange={(value) => form.setFieldValue('facilityId', value)} />
      )}
      {platformAdmin && role === 'ProvinceOfficer' && <ProvinceSelect required {...form.getInputProps('provinceId')} />}
    </FormModal>
  );
}
