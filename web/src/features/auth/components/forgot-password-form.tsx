import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '@/components/banners';
import { applyProblemToForm } from '@/lib/forms';
import { useForgotPassword } from '../api/forgot-password';

/** Asks for a reset link; says the same thing whether or not the address has an account. */
export function ForgotPasswordForm() {
  const { t } = useTranslation('auth');
  const [banner, setBanner] = useState<string[]>([]);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const forgot = useForgotPassword();
  const form = useForm({
    initialValues: { email: '' },
    validate: { email: (value) => (!value.trim() ? t('emailRequired') : /^\S+@\S+\.\S+$/.test(value.trim()) ? null : t('emailInvalid')) },
  });

  if (sentTo) {
    return (
      <Alert color="teal" data-testid="forgot-password-sent">
        {t('forgot.sent', { email: sentTo })}
      </Alert>
    );
  }

  return (
    <form
      noValidate
      aria-label={t('forgot.title')}
      onSubmit={form.onSubmit((values) => {
        setBanner([]);
        const email = values.email.trim();
        forgot.mutate({ email }, { onSuccess: () => setSentTo(email), onError: (error) => setBanner(applyProblemToForm(form, error)) });
      })}
    >
      <Stack gap="sm">
        <ErrorBanner title={t('forgot.failed')} messages={banner} />
        <TextInput label={t('email')} type="email" autoComplete="username" size="md" {...form.getInputProps('email')} />
        <Button type="submit" size="md" fullWidth loading={forgot.isPending}>
          {t('forgot.submit')}
        </Button>
      </Stack>
    </form>
  );
}
