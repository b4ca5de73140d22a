import { Select, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FacilityPicker } from '@/components/facility-picker';
import { FormModal } from '@/components/form-modal';
import { ProvinceSelect } from '@/components/province-select';
import { ApiProblem } from '@/lib/api/problem';
import type { Me } from '@/lib/auth/me';
import { applyProblemToForm, useFormDialog } from '@/lib/forms';
import { useProvinces } from '@/lib/reference-data/provinces';
import { useCreateUser } from '../api/create-user';
import type { User, UserRole } from '../api/list-users';
import { assignableRoles, isFacilityRole } from './roles';

type Values = {
  email: string;
  fullName: string;
  role: UserRole | null;
  facilityId: string | null;
  provinceId: string | null;
};

const initialValues: Values = { email: '', fullName: '', role: null, facilityId: null, provinceId: null };

export function CreateUserModal({ me, opened, onClose, onCreated }: { me: Me; opened: boolean; onClose: () => void; onCreated: (user: User) => void }) {
  const { t } = useTranslation('users');
  const { t: common } = useTranslation();
  const createUser = useCreateUser();
  const platformAdmin = me.role === 'PlatformAdmin';

  const form = useForm<Values>({
    initialValues,
    validate: {
      email: (value) => (!value.trim() ? t('form.errors.emailRequired') : /^\S+@\S+\.\S+$/.test(value.trim()) ? null : t('form.errors.emailInvalid')),
      fullName: (value) => (!value.trim() ? t('form.errors.fullNameRequired') : value.trim().length > 200 ? t('form.errors.fullNameTooLong') : null),
      role: (value) => (value ? null : t('form.errors.roleRequired')),
      facilityId: (value, values) => (platformAdmin && isFacilityRole(values.role) && !value ? t('form.errors.facilityRequired') : null),
      provinceId: (value, values) => (values.role === 'ProvinceOfficer' && !value ? t('form.errors.provinceRequired') : null),
    },
  });

  const role = form.values.role;
  const needsFacility = platformAdmin && isFacilityRole(role);
  const needsProvince = platformAdmin && role === 'ProvinceOfficer';
  // Only a platform admin names a province: load the list as the dialog opens, ready when a province role is chosen.
  useProvinces({ enabled: opened && platformAdmin });

  const dialog = useFormDialog({ form, mutation: createUser, onClose });

  const submit = (values: Values) => {
    dialog.setErrors([]);
    createUser.mutate(
      {
        email: values.email.trim(),
        fullName: values.fullName.trim(),
        role: values.role!,
        // A facility admin's accounts always go to its own facility (the API decides); only a platform admin names one.
        facilityId: needsFacility ? values.facilityId : null,
        provinceId: needsProvince ? values.provinceId : null,
      },
      {
        onSuccess: (user) => {
          form.reset();
          onCreated(user);
        },
        onError: (error) => {
          // The API answers a duplicate email with 409 Conflict (no field errors): it belongs on the email field.
          if (error instanceof ApiProblem && error.status === 409) form.setFieldError('email', error.message);
          else dialog.setErrors(applyProblemToForm(form, error));
        },
      },
    );
  };

  const roleProps = form.getInputProps('role');

  return (
    <FormModal dialog={dialog} opened={opened} title={t('form.title')} failedTitle={t('form.failed')} submitLabel={t('form.submit')} onSubmit={form.onSubmit(submit)}>
      <TextInput label={t('form.email')} type="email" autoComplete="off" required {...form.getInputProps('email')} />
      <TextInput label={t('form.fullName')} autoComplete="off" required {...form.getInputProps('fullName')} />
      <Select
        label={t('form.role')}
        placeholder={t('form.rolePlaceholder')}
        required
        allowDeselect={false}
        data={assignableRoles(me).map((value) => ({ value, label: common(`roles.${value}`) }))}
        description={role ? t(`roleHint.${role}`) : undefined}
        {...roleProps}
        onChange={(value) => {
          const next = value as UserRole | null;
          form.setFieldValue('role', next);
          if (!isFacilityRole(next)) form.setFieldValue('facilityId', null);
          if (next !== 'ProvinceOfficer') form.setFieldValue('provinceId', null);
        }}
      />
      {needsFacility && <FacilityPicker required {...form.getInputProps('facilityId')} onChange={(value) => form.setFieldValue('facilityId', value)} />}
      {needsProvince && <ProvinceSelect required {...form.getInputProps('provinceId')} />}
      {!platformAdmin && me.facility && (
        <Text size="sm" c="dimmed">
          {t('form.ownFacility', { facility: me.facility.name })}
        </Text>
      )}
      <Text size="sm" c="dimmed">
        {t('form.invitationHint')}
      </Text>
    </FormModal>
  );
}
