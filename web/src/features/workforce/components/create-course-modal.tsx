import { NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/date-field';
import { FormModal } from '@/components/form-modal';
import type { Schemas } from '@/lib/api/client';
import { toIsoDate } from '@/lib/format';
import { applyProblemToForm, useFormDialog } from '@/lib/forms';
import { useCreateCourse } from '../api/create-course';
import type { TrainingCourse } from '../api/list-courses';

const types: Schemas['TrainingType'][] = ['Course', 'Workshop', 'StudyVisit'];

export function CreateCourseModal({ opened, onClose, onCreated }: { opened: boolean; onClose: () => void; onCreated: (course: TrainingCourse) => void }) {
  const { t } = useTranslation('workforce');
  const create = useCreateCourse();
  const form = useForm({
    initialValues: { title: '', organiser: '', type: 'Course' as string | null, startsOn: null as string | null, endsOn: null as string | null, hours: 8 as number | string },
    validate: {
      title: (v) => (v.trim() ? null : t('training.titleRequired')),
      organiser: (v) => (v.trim() ? null : t('training.organiserRequired')),
      startsOn: (v) => (v ? null : t('training.dateRequired')),
      hours: (v) => (Number(v) > 0 ? null : t('training.hoursRequired')),
    },
  });
  const dialog = useFormDialog({ form, mutation: create, onClose });
  return (
    <FormModal
      dialog={dialog}
      opened={opened}
      title={t('training.add')}
      failedTitle={t('training.failed')}
      submitLabel={t('training.submit')}
      onSubmit={form.onSubmit((v) =>
        create.mutate(
          {
            title: v.title.trim(),
            organiser: v.organiser.trim(),
            type: v.type as Schemas['TrainingType'],
            startsOn: toIsoDate(dayjs(v.startsOn)),
            endsOn: toIsoDate(dayjs(v.endsOn ?? v.startsOn)),
            hours: Number(v.hours),
          },
          {
            onSuccess: (course) => {
              dialog.close();
              onCreated(course);
            },
            onError: (error) => dialog.setErrors(applyProblemToForm(form, error)),
          },
        ),
      )}
    >
      <TextInput label={t('training.courseTitle')} required data-autofocus {...form.getInputProps('title')} />
      <TextInput label={t('training.organiser')} required {...form.getInputProps('organiser')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select label={t('training.type')} allowDeselect={false} data={types.map((value) => ({ value, label: t(`trainingTypes.${value}`) }))} {...form.getInputProps('type')} />
        <NumberInput label={t('training.hours')} min={0.5} max={2000} decimalScale={2} required {...form.getInputProps('hours')} />
        <DateField label={t('training.startsOn')} required {...form.getInputProps('startsOn')} />
        <DateField label={t('training.endsOn')} {...form.getInputProps('endsOn')} />
      </SimpleGrid>
    </FormModal>
  );
}
