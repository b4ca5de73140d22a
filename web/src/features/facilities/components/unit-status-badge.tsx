import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UnitStatus } from '../api/list-facilities';

const colors: Record<UnitStatus, string> = {
  None: 'gray',
  CollaboratorsOnly: 'orange',
  Team: 'blue',
  Department: 'teal',
};

/** The unit's status as a coloured label: none (grey) → collaborators (orange) → team (blue) → department (teal). */
export function UnitStatusBadge({ status, ...props }: { status: UnitStatus } & Omit<BadgeProps, 'color' | 'children'>) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[status]} variant="light" radius="sm" tt="none" {...props}>
      {t(`unitStatus.${status}`)}
    </Badge>
  );
}
