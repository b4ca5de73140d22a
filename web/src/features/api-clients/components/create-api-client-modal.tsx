import { Checkbox, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FacilityPicker } from '@/components/facility-picker';
import { FormModal } from '@/components/form-modal';
import { ProvinceSelect } from '@/components/province-select';
import { ApiProblem } from '@/lib/api/problem';
import type { Me } from '@/lib/auth/me';
import { applyProblemToForm, useFormDialog } from '@/lib/forms';
import { useCreateApiClient, type CreatedApiClient } from '../api/create-api-client';

const scopes = ['read', 'write'] as const;
type Scope = (typeof scopes)[number];
type Binding = 'facility' | 'province';

type Values = { name: string; scopes: Scope[]; binding: Binding; facilityId: string | null; provinceId: string | null };

const initialValues: Values = { name: '', scopes: ['read'], binding: 'facility', facilityId: null, provinceId: null };

/**
 * The API reports a bad scope as "scopes[0]" and a bad facility/province pair as "binding": put both where the
 * user sees them (the scope group, the binding choice — which only a platform admin has).
 */
function forThisForm(error: unknown, platformAdmin: boolean): unknown {
  if (!(error instanceof ApiProblem)) return error;
  const errors: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(error.errors)) {
    const target = /^scopes\[\d+\]$/i.test(key) ? 'scopes' : key === 'binding' && !platformAdmin ? '-binding' : key;
    (errors[target] ??= []).push(...messages);
  }
  return new ApiProblem(error.status, { ...error.body, errors });
}

export function CreateApiClientModal({
  me,
  opened,
  onClose,
  onCreated,
}: {
  me: Me;
  opened: boolean;
  onClose: () => void;
  onCreated: (created: CreatedApiClient) => void;
}) {
  const { t } = useTranslation('api-clients');
  const create = useCreateApiClient();
  const platformAdmin = me.role === 'PlatformAdmin';

  const form = useForm<Values>({
    initialValues,
    validate: {
      name: (value) => (!value.trim() ? t('form.errors.nameRequired') : value.trim().length > 200 ? t('form.errors.nameTooLong') : null),
      scopes: (value) => (value.length > 0 ? null : t('form.errors.scopesRequired')),
      facilityId: (value, values) => (platformAdmin && values.binding === 'facility' && !value ? t('form.errors.facilityRequired') : null),
      provinceId: (value, values) => (platformAdmin && values.binding === 'province' && !value ? t('form.errors.provinceRequired') : null),
    },
  });
  const binding: Binding = platformAdmin ? form.values.binding : 'facility';

  const dialog = useFormDialog({ form, mutation: create, onClose });

  const submit = (values: Values) => {
    dialog.setErrors([]);
    create.mutate(
      {
        name: values.name.trim(),
        scopes: scopes.filter((scope) => values.scopes.includes(scope)),
        // A facility admin's clients are always bound to its own facility (the API decides); only a platform admin chooses.
        facilityId: platformAdmin && binding === 'facility' ? values.facilityId : null,
        provinceId: platformAdmin && binding === 'province' ? values.provinceId : null,
      },
      {
        onSuccess: (created) => {
          form.reset();
          dialog.setErrors([]);
          // The secret lives in the next dialog only: forget the mutation's copy of it.
          create.reset();
          onCreated(created);
        },
        onError: (error) => dialog.setErrors(applyProblemToForm(form, forThisForm(error, platformAdmin))),
      },
    );
  };

  return (
    <FormModal dialog={dialog} opened={opened} title={t('form.title')} failedTitle={t('form.failed')} submitLabel={t('form.submit')} onSubmit={form.onSubmit(submit)}>
      <TextInput label={t('form.name')} placeholder={t('form.namePlaceholder')} required {...form.getInputProps('name')} />
      {platformAdmin ? (
        <>
          <Radio.Group
            label={t('form.binding')}
            required
            {...form.getInputProps('binding')}
            onChange={(value) => {
              form.setFieldValue('binding', value as Binding);
              form.setFieldValue('facilityId', null);
              form.setFieldValue('provinceId', null);
            }}
          >
            <Group mt={4}>
              <Radio value="facility" label={t('form.bindFacility')} />
              <Radio value="province" label={t('form.bindProvince')} />
            </Group>
          </Radio.Group>
          {binding === 'facility' ? (
            <FacilityPicker required {...form.getInputProps('facilityId')} onChange={(value) => form.setFieldValue('facilityId', value)} />
          ) : (
            <ProvinceSelect required {...form.getInputProps('provinceId')} />
          )}
        </>
      ) : (
        me.facility && (
          <Text size="sm" c="dimmed">
            {t('form.ownFacility', { facility: me.facility.name })}
          </Text>
        )
      )}
      <Checkbox.Group label={t('form.scopes')} description={t('form.scopesHint')} required {...form.getInputProps('scopes')}>
        <Stack gap="xs" mt="xs">
          {scopes.map((scope) => (
            <Checkbox key={scope} value={scope} label={t(`scope.${scope}`)} description={t(`form.scopeHint.${binding}.${scope}`)} />
          ))}
        </Stack>
      </Checkbox.Group>
    </FormModal>
  );
}
