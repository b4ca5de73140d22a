import { Modal, Stack, Text } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from './banners';
import { ModalActions } from './modal-actions';

type ConfirmActionModalProps<TSubject, TVariables, TResult> = {
  /** What the action applies to; the dialog is open while it is set. */
  subject: TSubject | null;
  title: string;
  /** What the action does to this subject. */
  message: (subject: TSubject) => ReactNode;
  /** A second, quieter line: what stays, or that it cannot be undone. */
  note?: ReactNode;
  confirmLabel: string;
  /** The banner's title when the action fails. */
  failedTitle: string;
  mutation: UseMutationResult<TResult, Error, TVariables>;
  /** What the mutation takes for this subject (usually its id). */
  variables: (subject: TSubject) => TVariables;
  onClose: () => void;
  onDone: (result: TResult) => void;
};

/** Asks before an action that cannot be taken back (closing an account, revoking a client), then runs it. */
export function ConfirmActionModal<TSubject, TVariables, TResult>({
  subject,
  title,
  message,
  note,
  confirmLabel,
  failedTitle,
  mutation,
  variables,
  onClose,
  onDone,
}: ConfirmActionModalProps<TSubject, TVariables, TResult>) {
  const { t } = useTranslation();

  const close = () => {
    mutation.reset();
    onClose();
  };

  return (
    <Modal opened={subject !== null} onClose={close} title={title} closeButtonProps={{ 'aria-label': t('actions.close') }}>
      {subject !== null && (
        <Stack gap="sm">
          <ErrorBanner title={failedTitle} messages={mutation.isError ? [mutation.error.message] : []} />
          <Text>{message(subject)}</Text>
          {note && (
            <Text size="sm" c="dimmed">
              {note}
            </Text>
          )}
          <ModalActions
            onCancel={close}
            confirmLabel={confirmLabel}
            color="red"
            loading={mutation.isPending}
            onConfirm={() =>
              mutation.mutate(variables(subject), {
                onSuccess: (result) => {
                  mutation.reset();
                  onDone(result);
                },
              })
            }
          />
        </Stack>
      )}
    </Modal>
  );
}
