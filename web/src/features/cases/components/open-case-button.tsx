import { Button, Checkbox, MultiSelect, Select, SimpleGrid, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { IconFolderPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormModal } from '@/components/form-modal';
import { useSignedInUser } from '@/lib/auth/me';
import { applyProblemToForm, useFormDialog } from '@/lib/forms';
import { useOpenCase, type OpenCaseInput } from '../api/open-case';
import { AssigneeSelect } from './assignee-select';
import { intakeSources, priorities, riskLevels, urgentNeeds } from './case-options';

type Values = Pick<OpenCaseInput, 'intakeSource' | 'priority' | 'riskLevel' | 'isSensitive' | 'presentingProblem'> & {
  urgentNeeds: OpenCaseInput['urgentNeeds'] & string[];
  assignedWorkerId: string | null;
};

/** Opens a case for the client at intake, assigned to the caller unless another colleague is picked; the case page opens next. */
export function OpenCaseButton({ clientId }: { clientId: string }) {
  const { t } = useTranslation('cases');
  const navigate = useNavigate();
  const me = useSignedInUser();
  const [opened, { open, close }] = useDisclosure(false);
  const openCase = useOpenCase();
  const form = useForm<Values>({
    initialValues: { intakeSource: 'Self', priority: 'Normal', riskLevel: 'Low', isSensitive: false, presentingProblem: '', urgentNeeds: [], assignedWorkerId: me.id },
    validate: { presentingProblem: (value) => (value.trim() ? null : t('open.problemRequired')) },
  });
  const dialog = useFormDialog({ form, mutation: openCase, onClose: close });
  const options = (values: readonly string[], group: string) => values.map((value) => ({ value, label: t(`${group}.${value}`) }));

  return (
    <>
      <Button leftSection={<IconFolderPlus size={18} aria-hidden />} onClick={open} data-testid="open-case">
        {t('open.button')}
      </Button>
      <FormModal
        dialog={dialog}
        opened={opened}
        title={t('open.title')}
        failedTitle={t('open.failed')}
        submitLabel={t('open.submit')}
        onSubmit={form.onSubmit((values) => {
          dialog.setErrors([]);
          openCase.mutate(
            { ...values, clientId, openedOn: null, presentingProblem: values.presentingProblem.trim() },
            {
              onSuccess: (created) => {
                dialog.close();
                void navigate(`/cases/${created.id}`);
              },
              onError: (error) => dialog.setErrors(applyProblemToForm(form, error)),
            },
          );
        })}
      >
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select label={t('open.source')} data={options(intakeSources, 'source')} allowDeselect={false} {...form.getInputProps('intakeSource')} />
          <Select label={t('open.priority')} data={options(priorities, 'priority')} allowDeselect={false} {...form.getInputProps('priority')} />
          <Select label={t('open.risk')} data={options(riskLevels, 'risk')} allowDeselect={false} {...form.getInputProps('riskLevel')} />
        </SimpleGrid>
        <Textarea label={t('open.problem')} required rows={3} maxLength={4000} {...form.getInputProps('presentingProblem')} />
        <AssigneeSelect {...form.getInputProps('assignedWorkerId')} />
        <MultiSelect label={t('open.needs')} data={options(urgentNeeds, 'need')} {...form.getInputProps('urgentNeeds')} />
        <Checkbox label={t('open.sensitive')} {...form.getInputProps('isSensitive', { type: 'checkbox' })} />
      </FormModal>
    </>
  );
}
