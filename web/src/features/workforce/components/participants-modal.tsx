import { List, MultiSelect, NumberInput, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormModal } from '@/components/form-modal';
import { applyProblemToForm, useFormDialog } from '@/lib/forms';
import { useAddParticipants, type NewParticipant } from '../api/add-participants';
import { useCourse } from '../api/get-course';
import { useCollaborators } from '../api/list-collaborators';
import type { TrainingCourse } from '../api/list-courses';
import { useStaff } from '../api/list-staff';

const initialValues = { staff: [] as string[], collaborators: [] as string[], medicalNames: '', medicalHeadcount: 0 as number | string };

/** Adds participants to a course: unit staff and collaborators by name, the facility's medical staff by name or as a headcount. */
export function ParticipantsModal({ course, onClose }: { course: TrainingCourse | null; onClose: () => void }) {
  const { t } = useTranslation('workforce');
  const add = useAddParticipants();
  const staff = useStaff();
  const collaborators = useCollaborators();
  const detail = useCourse(course?.id ?? null);
  const form = useForm({ initialValues });
  const dialog = useFormDialog({ form, mutation: add, onClose });

  const submit = (v: typeof initialValues) => {
    const participants: NewParticipant[] = [
      ...v.staff.map((staffMemberId) => ({ kind: 'Staff' as const, staffMemberId })),
      ...v.collaborators.map((collaboratorId) => ({ kind: 'Collaborator' as const, collaboratorId })),
      ...v.medicalNames
        .split(/[\n,;]/)
        .map((name) => name.trim())
        .filter(Boolean)
        .map((name) => ({ kind: 'MedicalStaff' as const, name })),
      ...(Number(v.medicalHeadcount) > 0 ? [{ kind: 'MedicalStaff' as const, headcount: Number(v.medicalHeadcount) }] : []),
    ];
    if (participants.length === 0) {
      dialog.setErrors([t('participants.none')]);
      return;
    }
    add.mutate({ courseId: course!.id, participants }, { onSuccess: () => dialog.close(), onError: (error) => dialog.setErrors(applyProblemToForm(form, error)) });
  };

  return (
    <FormModal
      dialog={dialog}
      opened={course !== null}
      title={course ? t('participants.title', { course: course.title }) : ''}
      failedTitle={t('participants.failed')}
      submitLabel={t('participants.submit')}
      onSubmit={form.onSubmit(submit)}
    >
      {detail.data && detail.data.participants.length > 0 && (
        <div>
          <Text size="sm" fw={600}>
            {t('participants.already', { count: detail.data.course.participants })}
          </Text>
          <List size="xs" mah={120} style={{ overflow: 'auto' }}>
            {detail.data.participants.map((p) => (
              <List.Item key={p.id}>
                {p.name ?? t('participants.unnamed')} · {t(`participantKinds.${p.kind}`)}
                {p.headcount > 1 ? ` × ${p.headcount}` : ''}
              </List.Item>
            ))}
          </List>
        </div>
      )}
      <MultiSelect label={t('participants.staff')} data={(staff.data ?? []).map((s) => ({ value: s.id, label: s.fullName }))} searchable {...form.getInputProps('staff')} />
      <MultiSelect
        label={t('participants.collaborators')}
        data={(collaborators.data ?? []).map((c) => ({ value: c.id, label: `${c.fullName} (${c.departmentName})` }))}
        searchable
        {...form.getInputProps('collaborators')}
      />
      <Textarea label={t('participants.medicalNames')} description={t('participants.medicalNamesHint')} autosize minRows={2} {...form.getInputProps('medicalNames')} />
      <NumberInput label={t('participants.medicalHeadcount')} description={t('participants.medicalHeadcountHint')} min={0} max={10000} allowDecimal={false} {...form.getInputProps('medicalHeadcount')} />
    </FormModal>
  );
}
