import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '@/components/banners';
import { applyProblemToForm } from '@/lib/forms';
import { useLogin, type LoginInput, type MfaChallenge } from '../api/login';
import { MfaSignInStep } from './mfa-sign-in-step';
import { RequiredEnrolmentStep } from './required-enrolment-step';

export function LoginForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation('auth');
  const [banner, setBanner] = useState<string[]>([]);
  const login = useLogin();
  // With MFA the password earns a challenge: the second step (a code) or, where MFA is required and not set up, enrolment.
  const [challenge, setChallenge] = useState<MfaChallenge | null>(null);
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
      onSuccess: (result) => (result.mfa ? setChallenge(result.mfa) : onSignedIn()),
      onError: (error) => setBanner(applyProblemToForm(form, error)),
    });
  };

  if (challenge?.enrolmentRequired) return <RequiredEnrolmentStep challenge={challenge.challenge} onSignedIn={onSignedIn} />;
  if (challenge) return <MfaSignInStep challenge={challenge.challenge} onSignedIn={onSignedIn} onRestart={() => setChallenge(null)} />;

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
