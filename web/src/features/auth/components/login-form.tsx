import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '@/components/banners';
import { applyProblemToForm } from '@/lib/forms';
import { useLogin, type LoginInput } from '../api/login';

export function LoginForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation('auth');
  const [banner, setBanner] = useState<string[]>([]);
  const login = useLogin();
  const form = useForm<LoginInput>({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) => (!value ? t('emailRequired') : /^\S+@\S+\.\S+$/.test(value) ? null : t('emailInvalid')),
      password: (value) => (value ? null : t('passwordRequired')),
    },
  });

  const submit = (values: LoginInput) => {
    setBanner([]);
    login.mutate(values, {
      onSuccess: onSignedIn,
      onError: (error) => setBanner(applyProblemToForm(form, error)),
    });
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label={t('title')}>
      <Stack gap="sm">
        <ErrorBanner title={t('failed')} messages={banner} />
        <TextInput label={t('email')} type="email" autoComplete="username" size="md" {...form.getInputProps('email')} key={form.key('email')} />
        <PasswordInput label={t('password')} autoComplete="current-password" size="md" {...form.getInputProps('password')} key={form.key('password')} />
        <Button type="submit" size="md" fullWidth loading={login.isPending}>
          {t('submit')}
        </Button>
      </Stack>
    </form>
  );
}
