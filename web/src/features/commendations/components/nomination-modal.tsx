import { NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '@/components/form-modal';
import type { Schemas } from '@/lib/api/client';
import { applyProblemToForm, useFormDialog } from '@/lib/forms';
import type { Nomination } from '../api/list-nominations';
import { useStaffOptions } from '../api/list-staff-options';
import { useSaveNomination } from '../api/save-nomination';

const awardKinds: Schemas['AwardKind'][] = [
  'DirectorCertificateOfMerit',
  'CertificateOfMerit',
  'GrassrootsEmulationFighter',
  'ProvincialEmulationFighter',
  'AdvancedCollective',
  'ExcellentCollective',
  'Other',
];

/** The unit head drafts a nomination (or edits a draft): the unit or a person, the year, the award and the achievements. */
export function NominationModal({ opened, nomination, onClose }: { opened: boolean; nomination: Nomination | null; onClose: () => void }) {
  const { t } = useTranslation('commendations');
  const save = useSaveNomination();
  const form = useForm({
    initialValues: {
      year: (nomination?.year ?? dayjs().year()) as number | string,
      nomineeKind: (nomination?.nomineeKind ?? 'Unit') as Schemas['NomineeKind'],
      nomineeName: nomination?.nomineeName ?? '',
      nomineeTitle: nomination?.nomineeTitle ?? '',
      staffMemberId: (nomination?.staffMemberId ?? null) as string | null,
      awardKind: (nomination?.awardKind ?? 'DirectorCertificateOfMerit') as string | null,
      awardText: nomination?.awardText ?? '',
      achievements: nomination?.achievements ?? '',
    },
    validate: {
      year: (v) => (Number(v) >= 2000 ? null : t('form.yearRequired')),
      nomineeName: (v) => (v.trim() ? null : t('form.nameRequired')),
      awardText: (v, values) => (values.awardKind !== 'Other' || v.trim() ? null : t('form.awardTextRequired')),
      achievements: (v) => (v.trim() ? null : t('form.achievementsRequired')),
    },
  });
  const dialog = useFormDialog({ form, mutation: save, onClose });
  const person = form.values.nomineeKind === 'Person';
  const staff = useStaffOptions(opened && person);
  return (
    <FormModal
      dialog={dialog}
      opened={opened}
      title={nomination ? t('form.editTitle') : t('form.createTitle')}
      failedTitle={t('form.failed')}
      submitLabel={t('form.submit')}
      onSubmit={form.onSubmit((v) =>
        save.mutate(
          {
            nominationId: nomination?.id,
            version: nomination?.version,
            year: Number(v.year),
            nomineeKind: v.nomineeKind,
            nomineeName: v.nomineeName.trim(),
            nomineeTitle: v.nomineeKind === 'Person' ? v.nomineeTitle.trim() || null : null,
            staffMemberId: v.nomineeKind === 'Person' ? v.staffMemberId : null,
            awardKind: v.awardKind as Schemas['AwardKind'],
            awardText: v.awardText.trim() || null,
            achievements: v.achievements.trim(),
          },
          { onSuccess: () => dialog.close(), onError: (error) => dialog.setErrors(applyProblemToForm(form, error)) },
        ),
      )}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput label={t('form.year')} required min={2000} max={2100} allowDecimal={false} thousandSeparator="" {...form.getInputProps('year')} />
        <Stack gap={2}>
          <Text size="sm" fw={500}>
            {t('form.nomineeKind')}
          </Text>
          <SegmentedControl
            aria-label={t('form.nomineeKind')}
            data={(['Unit', 'Person'] as const).map((value) => ({ value, label: t(`nomineeKind.${value}`) }))}
            {...form.getInputProps('nomineeKind')}
          />
        </Stack>
      </SimpleGrid>
      {person && (
        <Select
          label={t('form.staffMember')}
          description={t('form.staffMemberHint')}
          clearable
          searchable
          data={staff.data ?? []}
          value={form.values.staffMemberId}
          onChange={(value, option) => {
            form.setFieldValue('staffMemberId', value);
            if (value && option) form.setFieldValue('nomineeName', option.label);
          }}
        />
      )}
      <SimpleGrid cols={{ base: 1, sm: person ? 2 : 1 }}>
        <TextInput
          label={t('form.nomineeName')}
          required
          maxLength={200}
          data-autofocus
          disabled={person && form.values.staffMemberId !== null}
          {...form.getInputProps('nomineeName')}
        />
        {person && <TextInput label={t('form.nomineeTitle')} maxLength={200} {...form.getInputProps('nomineeTitle')} />}
      </SimpleGrid>
      <Select
        label={t('form.awardKind')}
        allowDeselect={false}
        data={awardKinds.map((value) => ({ value, label: t(`awardKind.${value}`) }))}
        {...form.getInputProps('awardKind')}
      />
      <TextInput label={t('form.awardText')} required={form.values.awardKind === 'Other'} maxLength={300} {...form.getInputProps('awardText')} />
      <Textarea label={t('form.achievements')} required rows={4} maxLength={8000} {...form.getInputProps('achievements')} />
    </FormModal>
  );
}
