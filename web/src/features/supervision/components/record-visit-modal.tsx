import { SimpleGrid, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/date-field';
import { FormModal } from '@/components/form-modal';
import { applyProblemToForm, useFormDialog } from '@/lib/forms';
import type { Visit } from '../api/get-visit';
import { useUpdateVisit } from '../api/update-visit';
import { teamBody, teamRules } from './team';
import { TeamFields } from './team-fields';

/** The province officer records the visit: the date it took place, scope, team and findings. */
export function RecordVisitModal({ visit, opened, onClose }: { visit: Visit; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('supervision');
  const update = useUpdateVisit();
  const form = useForm({
    initialValues: {
      plannedOn: visit.plannedOn as string | null,
      conductedOn: (visit.conductedOn ?? null) as string | null,
      scope: visit.scope,
      findings: visit.findings ?? '',
      team: visit.team.map((m) => ({ name: m.name, title: m.title ?? '' })),
    },
    validate: {
      plannedOn: (v) => (v ? null : t('form.dateRequired')),
      scope: (v) => (v.trim() ? null : t('form.scopeRequired')),
      ...teamRules(t('form.nameRequired')),
    },
  });
  const dialog = useFormDialog({ form, mutation: update, onClose });
  return (
    <FormModal
      dialog={dialog}
      opened={opened}
      title={t('form.recordTitle')}
      failedTitle={t('form.recordFailed')}
      submitLabel={t('form.recordSubmit')}
      onSubmit={form.onSubmit((v) =>
        update.mutate(
          {
            visitId: visit.id,
            version: visit.version,
            plannedOn: v.plannedOn!,
            conductedOn: v.conductedOn,
            scope: v.scope.trim(),
            findings: v.findings.trim() || null,
            team: teamBody(v.team),
          },
          { onSuccess: () => dialog.close(), onError: (error) => dialog.setErrors(applyProblemToForm(form, error)) },
        ),
      )}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField label={t('form.plannedOn')} required {...form.getInputProps('plannedOn')} />
        <DateField label={t('form.conductedOn')} {...form.getInputProps('conductedOn')} />
      </SimpleGrid>
      <Textarea label={t('form.scope')} required rows={2} maxLength={2000} {...form.getInputProps('scope')} />
      <Textarea label={t('form.findings')} rows={4} maxLength={8000} {...form.getInputProps('findings')} />
      <TeamFields form={form} />
    </FormModal>
  );
}
