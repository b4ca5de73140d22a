import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '@/components/banners';
import { applyProblemToForm } from '@/lib/forms';
import { useCompleteMfaSignIn } from '../api/complete-mfa-sign-in';

/** The second step of a sign-in: the authenticator app's code, or one recovery code. */
export function MfaSignInStep({ challenge, onSignedIn, onRestart }: { challenge: string; onSignedIn: () => void; onRestart: () => void }) {
  const { t } = useTranslation('auth');
  const [byRecovery, setByRecovery] = useState(false);
  const [banner, setBanner] = useState<string[]>([]);
  const complete = useCompleteMfaSignIn();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { code: '' },
    validate: { code: (value) => (value.trim() ? null : t('mfa.codeRequired')) },
  });

  const submit = ({ code }: { code: string }) => {
    setBanner([]);
    complete.mutate(byRecovery ? { challenge, recoveryCode: code.trim() } : { challenge, code: code.trim() }, {
      onSuccess: onSignedIn,
      onError: (error) => setBanner(applyProblemToForm(form, error)),
    });
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label={t('mfa.stepTitle')}>
      <Stack gap="sm">
        <Text fw={600}>{t('mfa.stepTitle')}</Text>
        <Text size="sm" c="dimmed">
          {byRecovery ? t('mfa.recoveryStepHint') : t('mfa.codeStepHint')}
        </Text>
        <ErrorBanner title={t('failed')} messages={banner} />
        <TextInput
          label={byRecovery ? t('mfa.recoveryCode') : t('mfa.code')}
          autoComplete="one-time-code"
          inputMode={byRecovery ? 'text' : 'numeric'}
          size="md"
          data-autofocus
          {...form.getInputProps('code')}
          key={form.key('code') + String(byRecovery)}
        />
        <Button type="submit" size="md" fullWidth loading={complete.isPending}>
          {t('mfa.verify')}
        </Button>
        <Anchor component="button" type="button" size="sm" onClick={() => setByRecovery((value) => !value)} data-testid="mfa-toggle-recovery">
          {byRecovery ? t('mfa.useCode') : t('mfa.useRecoveryCode')}
        </Anchor>
        <Anchor component="button" type="button" size="sm" onClick={onRestart}>
          {t('backToLogin')}
        </Anchor>
      </Stack>
    </form>
  );
}
