import { Button, Group, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type ModalActionsProps = {
  onCancel: () => void;
  confirmLabel: string;
  /** The action is running: its button spins. */
  loading: boolean;
  /** Without it the confirm button submits the form around it. */
  onConfirm?: () => void;
  color?: MantineColor;
  /** Something required is still missing. */
  disabled?: boolean;
};

/** The buttons at the foot of a dialog: Cancel, then the action. */
export function ModalActions({ onCancel, confirmLabel, loading, onConfirm, color, disabled }: ModalActionsProps) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" mt="sm">
      <Button variant="default" onClick={onCancel}>
        {t('actions.cancel')}
      </Button>
      <Button type={onConfirm ? 'button' : 'submit'} color={color} loading={loading} onClick={onConfirm} disabled={disabled}>
        {confirmLabel}
      </Button>
    </Group>
  );
}
