import { Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '@/components/banners';
import { applyProblemToForm } from '@/lib/forms';
import { useAcceptInvitation } from '../api/accept-invitation';
import { useResetPassword } from '../api/reset-password';
import { validateNewPassword } from '../utils/password-rules';

type Values = { password: string; confirm: string };

/** Chooses a password with the token of an e-mailed link: the first one (invitation) or a new one (reset). */
export function SetPasswordForm({ token, kind, onDone }: { token: string; kind: 'invitation' | 'reset'; onDone: () => void }) {
  const { t } = useTranslation('auth');
  const [banner, setBanner] = useState<string[]>([]);
  const accept = useAcceptInvitation();
  const reset = useResetPassword();
  const mutation = kind === 'invitation' ? accept : reset;
  const form = useForm<Values>({
    initialValues: { password: '', confirm: '' },
    validate: {
      password: validateNewPassword(t),
      confirm: (value, values) => (value === values.password ? null : t('newPassword.mismatch')),
    },
  });

  const submit = (values: Values) => {
    setBanner([]);
    mutation.mutate({ token, password: values.password }, { onSuccess: onDone, onError: (error) => setBanner(applyProblemToForm(form, error)) });
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label={t(`${kind}.title`)}>
      <Stack gap="sm">
        <ErrorBanner title={t(`${kind}.failed`)} messages={banner} />
        <PasswordInput label={t('newPassword.new')} description={t('newPassword.hint')} autoComplete="new-password" size="md" {...form.getInputProps('password')} />
        <PasswordInput label={t('newPassword.confirm')} autoComplete="new-password" size="md" {...form.getInputProps('confirm')} />
        <Button type="submit" size="md" fullWidth loading={mutation.isPending}>
          {t(`${kind}.submit`)}
        </Button>
      </Stack>
    </form>
  );
}
