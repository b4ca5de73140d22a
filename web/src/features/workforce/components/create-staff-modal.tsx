import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/date-field';
import { FormModal } from '@/components/form-modal';
import type { Schemas } from '@/lib/api/client';
import { toIsoDate } from '@/lib/format';
import { applyProblemToForm, useFormDialog } from '@/lib/forms';
import { useCreateStaff } from '../api/create-staff';
import { useDepartments } from '../api/list-departments';

const roles: Schemas['StaffRole'][] = ['Head', 'SocialWorker', 'PartTime'];
const employment: Schemas['EmploymentType'][] = ['Permanent', 'Contract', 'Secondment'];
const levels: Schemas['QualificationLevel'][] = ['ShortCourse', 'Intermediate', 'College', 'Bachelor', 'Master', 'Doctorate'];
const majors: Schemas['QualificationMajor'][] = ['SocialWork', 'Sociology', 'Psychology', 'SpecialEducation', 'Other'];
const results: Schemas['PracticeResult'][] = ['InProgress', 'Passed', 'NotPassed'];

const iso = (value: string | null) => (value ? toIsoDate(dayjs(value)) : null);

const initialValues = {
  fullName: '',
  role: 'SocialWorker' as string | null,
  departmentId: null as string | null,
  employmentType: 'Permanent' as string | null,
  qualificationLevel: 'Bachelor' as string | null,
  qualificationMajor: 'SocialWork' as string | null,
  joinedOn: null as string | null,
  practiceHostFacility: '',
  practiceFrom: null as string | null,
  practiceTo: null as string | null,
  practiceSupervisor: '',
  practiceResult: null as string | null,
};

export function CreateStaffModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('workforce');
  const create = useCreateStaff();
  const departments = useDepartments();
  const form = useForm({ initialValues, validate: { fullName: (v) => (v.trim() ? null : t('staff.nameRequired')) } });
  const dialog = useFormDialog({ form, mutation: create, onClose });
  const options = (values: string[], group: string) => values.map((value) => ({ value, label: t(`${group}.${value}`) }));

  return (
    <FormModal
      dialog={dialog}
      opened={opened}
      title={t('staff.add')}
      failedTitle={t('staff.failed')}
      submitLabel={t('staff.submit')}
      onSubmit={form.onSubmit((v) =>
        create.mutate(
          {
            fullName: v.fullName.trim(),
            role: v.role as Schemas['StaffRole'],
            departmentId: v.departmentId,
            employmentType: v.employmentType as Schemas['EmploymentType'],
            qualificationLevel: v.qualificationLevel as Schemas['QualificationLevel'],
            qualificationMajor: v.qualificationMajor as Schemas['QualificationMajor'],
            joinedOn: iso(v.joinedOn),
            practiceHostFacility: v.practiceHostFacility.trim() || null,
            practiceFrom: iso(v.practiceFrom),
            practiceTo: iso(v.practiceTo),
            practiceSupervisor: v.practiceSupervisor.trim() || null,
            practiceResult: (v.practiceResult as Schemas['PracticeResult'] | null) ?? undefined,
          },
          { onSuccess: () => dialog.close(), onError: (error) => dialog.setErrors(applyProblemToForm(form, error)) },
        ),
      )}
    >
      <TextInput label={t('staff.name')} required data-autofocus {...form.getInputProps('fullName')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select label={t('staff.role')} data={options(roles, 'roles')} allowDeselect={false} {...form.getInputProps('role')} />
        <Select
          label={t('staff.department')}
          data={(departments.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }))}
          clearable
          {...form.getInputProps('departmentId')}
        />
        <Select label={t('staff.employment')} data={options(employment, 'employment')} allowDeselect={false} {...form.getInputProps('employmentType')} />
        <DateField label={t('staff.joinedOn')} {...form.getInputProps('joinedOn')} />
        <Select label={t('staff.level')} data={options(levels, 'levels')} allowDeselect={false} {...form.getInputProps('qualificationLevel')} />
        <Select label={t('staff.major')} data={options(majors, 'majors')} allowDeselect={false} {...form.getInputProps('qualificationMajor')} />
        <TextInput label={t('staff.practiceHost')} {...form.getInputProps('practiceHostFacility')} />
        <TextInput label={t('staff.practiceSupervisor')} {...form.getInputProps('practiceSupervisor')} />
        <DateField label={t('staff.practiceFrom')} {...form.getInputProps('practiceFrom')} />
        <DateField label={t('staff.practiceTo')} {...form.getInputProps('practiceTo')} />
        <Select label={t('staff.practiceResult')} data={options(results, 'results')} clearable {...form.getInputProps('practiceResult')} />
      </SimpleGrid>
    </FormModal>
  );
}
