import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAssignees } from '../api/list-assignees';

/** Picks who a case goes to among the facility's case staff, grouped by role. */
export function AssigneeSelect(props: Omit<SelectProps, 'data'>) {
  const { t } = useTranslation('cases');
  const assignees = useAssignees();
  const roles = ['FacilityAdmin', 'SocialWorker', 'Collaborator'] as const;
  const data = roles
    .map((role) => ({
      group: t(`assignee.role.${role}`),
      items: (assignees.data ?? []).filter((a) => a.role === role).map((a) => ({ value: a.id, label: a.fullName })),
    }))
    .filter((g) => g.items.length > 0);
  return <Select label={t('assignee.label')} searchable allowDeselect={false} nothingFoundMessage={t('assignee.none')} disabled={assignees.isPending} {...props} data={data} />;
}
