import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '@/components/banners';
import { applyProblemToForm } from '@/lib/forms';
import { useConfirmRequiredMfaEnrolment } from '../api/confirm-required-mfa-enrolment';
import { startSession, type SignInResult } from '../api/login';
import { useStartRequiredMfaEnrolment } from '../api/start-required-mfa-enrolment';
import { EnrolmentSecret } from './enrolment-secret';
import { RecoveryCodes } from './recovery-codes';

/** An account that must use two-step sign-in and has not set it up: enrolment comes before the session. */
export function RequiredEnrolmentStep({ challenge, onSignedIn }: { challenge: string; onSignedIn: () => void }) {
  const { t } = useTranslation('auth');
  const [banner, setBanner] = useState<string[]>([]);
  const [done, setDone] = useState<SignInResult | null>(null);
  const start = useStartRequiredMfaEnrolment();
  const confirm = useConfirmRequiredMfaEnrolment();
  const form = useForm({ mode: 'uncontrolled', initialValues: { code: '' }, validate: { code: (v) => (v.trim() ? null : t('mfa.codeRequired')) } });
  const { mutate: begin } = start;

  useEffect(() => begin(challenge, { onError: (error) => setBanner(applyProblemToForm(form, error)) }), [begin, challenge]); // eslint-disable-line react-hooks/exhaustive-deps

  if (done) {
    return (
      <RecoveryCodes
        codes={done.recoveryCodes ?? []}
        doneLabel={t('mfa.continue')}
        onDone={() => {
          // The session starts once the codes were seen: starting it at once would leave this page.
          startSession(done);
          onSignedIn();
        }}
      />
    );
  }

  return (
    <form
      noValidate
      aria-label={t('mfa.requiredTitle')}
      onSubmit={form.onSubmit(({ code }) => {
        setBanner([]);
        confirm.mutate({ challenge, code: code.trim() }, { onSuccess: setDone, onError: (error) => setBanner(applyProblemToForm(form, error)) });
      })}
    >
      <Stack gap="sm">
        <Alert color="blue" title={t('mfa.requiredTitle')}>
          {t('mfa.requiredHint')}
        </Alert>
        <ErrorBanner title={t('failed')} messages={banner} />
        {start.data && <EnrolmentSecret enrolment={start.data} />}
        <TextInput label={t('mfa.code')} autoComplete="one-time-code" inputMode="numeric" size="md" {...form.getInputProps('code')} key={form.key('code')} />
        <Button type="submit" size="md" fullWidth loading={confirm.isPending} disabled={!start.data}>
          {t('mfa.confirm')}
        </Button>
      </Stack>
    </form>
  );
}
