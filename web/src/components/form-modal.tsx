import { Modal, Stack } from '@mantine/core';
import type { FormEventHandler, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormDialog } from '@/lib/forms';
import { ErrorBanner } from './banners';
import { ModalActions } from './modal-actions';

type FormModalProps = {
  /** The form's messages, submitting state and close (useFormDialog): closing resets the form and the mutation. */
  dialog: FormDialog;
  opened: boolean;
  /** The dialog's title, which also names the form. */
  title: string;
  /** The banner's title when the server refuses the form. */
  failedTitle: string;
  submitLabel: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  children: ReactNode;
};

/** A form in a dialog: the failure banner on top, the fields, then Cancel and submit. */
export function FormModal({ dialog, opened, title, failedTitle, submitLabel, onSubmit, children }: FormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={dialog.close} title={title} size="lg" closeButtonProps={{ 'aria-label': t('actions.close') }}>
      <form onSubmit={onSubmit} noValidate aria-label={title}>
        <Stack gap="sm">
          <ErrorBanner title={failedTitle} messages={dialog.errors} />
          {children}
          <ModalActions onCancel={dialog.close} confirmLabel={submitLabel} loading={dialog.submitting} />
        </Stack>
      </form>
    </Modal>
  );
}
