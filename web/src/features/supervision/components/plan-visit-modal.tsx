import { Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/date-field';
import { FacilityPicker } from '@/components/facility-picker';
import { FormModal } from '@/components/form-modal';
import { applyProblemToForm, useFormDialog } from '@/lib/forms';
import type { Visit } from '../api/get-visit';
import { usePlanVisit } from '../api/plan-visit';
import { emptyMember, teamBody, teamRules } from './team';
import { TeamFields } from './team-fields';

/** The province officer plans a visit: the facility, the date, the scope and the team. */
export function PlanVisitModal({ opened, onClose, onPlanned }: { opened: boolean; onClose: () => void; onPlanned: (visit: Visit) => void }) {
  const { t } = useTranslation('supervision');
  const plan = usePlanVisit();
  const form = useForm({
    initialValues: { facilityId: null as string | null, plannedOn: null as string | null, scope: '', team: [emptyMember()] },
    validate: {
      facilityId: (v) => (v ? null : t('form.facilityRequired')),
      plannedOn: (v) => (v ? null : t('form.dateRequired')),
      scope: (v) => (v.trim() ? null : t('form.scopeRequired')),
      ...teamRules(t('form.nameRequired')),
    },
  });
  const dialog = useFormDialog({ form, mutation: plan, onClose });
  return (
    <FormModal
      dialog={dialog}
      opened={opened}
      title={t('form.planTitle')}
      failedTitle={t('form.planFailed')}
      submitLabel={t('form.planSubmit')}
      onSubmit={form.onSubmit((v) =>
        plan.mutate(
          { facilityId: v.facilityId!, plannedOn: v.plannedOn!, scope: v.scope.trim(), team: teamBody(v.team) },
          {
            onSuccess: (visit) => {
              dialog.close();
              onPlanned(visit);
            },
            onError: (error) => dialog.setErrors(applyProblemToForm(form, error)),
          },
        ),
      )}
    >
      <FacilityPicker label={t('form.facility')} required {...form.getInputProps('facilityId')} />
      <DateField label={t('form.plannedOn')} required {...form.getInputProps('plannedOn')} />
      <Textarea label={t('form.scope')} required rows={2} maxLength={2000} {...form.getInputProps('scope')} />
      <TeamFields form={form} />
    </FormModal>
  );
}
