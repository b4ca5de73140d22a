import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgressState } from '../api/get-province-progress';
import { stateColor } from '../utils/progress-table';

export function StateBadge({ state }: { state: ProgressState }) {
  const { t } = useTranslation('targets');
  return (
    <Badge color={stateColor[state]} variant={state === 'Behind' ? 'filled' : 'light'} data-state={state}>
      {t(`states.${state}`)}
    </Badge>
  );
}
