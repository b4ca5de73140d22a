import { Badge, Button, Group, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner, NoticeBanner } from '@/components/banners';
import { Loading } from '@/components/loading';
import { QueryError } from '@/components/query-error';
import { formatDateTime } from '@/lib/format';
import { applyProblemToForm } from '@/lib/forms';
import { useConfirmMfaEnrolment } from '../api/confirm-mfa-enrolment';
import { useDisableMfa } from '../api/disable-mfa';
import { useMfaStatus, type MfaEnrolment } from '../api/mfa-status';
import { useRegenerateRecoveryCodes } from '../api/regenerate-recovery-codes';
import { useStartMfaEnrolment } from '../api/start-mfa-enrolment';
import { EnrolmentSecret } from './enrolment-secret';
import { RecoveryCodes } from './recovery-codes';

type Mode = 'idle' | 'regenerate' | 'disable';

/** "Xác thực hai bước": enrol with an authenticator app, see the recovery codes once, replace them, turn MFA off. */
export function MfaSection() {
  const { t } = useTranslation('auth');
  const status = useMfaStatus();
  const [enrolment, setEnrolment] = useState<MfaEnrolment | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [mode, setMode] = useState<Mode>('idle');
  const [banner, setBanner] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const start = useStartMfaEnrolment();
  const confirm = useConfirmMfaEnrolment();
  const regenerate = useRegenerateRecoveryCodes();
  const disable = useDisableMfa();
  const form = useForm({ initialValues: { code: '', password: '' } });

  const fail = (error: unknown) => setBanner(applyProblemToForm(form, error));
  const reset = () => {
    setBanner([]);
    form.reset();
  };

  let body;
  if (status.isPending) body = <Loading />;
  else if (status.isError) body = <QueryError error={status.error} />;
  else if (codes) {
    body = <RecoveryCodes codes={codes} onDone={() => setCodes(null)} />;
  } else if (!status.data.enabled) {
    body = enrolment ? (
      <form
        noValidate
        aria-label={t('mfa.enrolTitle')}
        onSubmit={form.onSubmit(({ code }) => {
          reset();
          confirm.mutate(code.trim(), {
            onSuccess: (result) => {
              setEnrolment(null);
              setCodes(result.codes);
              setNotice(t('mfa.enabled'));
            },
            onError: fail,
          });
        })}
      >
        <Stack gap="sm">
          <EnrolmentSecret enrolment={enrolment} />
          <TextInput label={t('mfa.code')} autoComplete="one-time-code" inputMode="numeric" {...form.getInputProps('code')} />
          <Group>
            <Button type="submit" loading={confirm.isPending}>
              {t('mfa.confirm')}
            </Button>
            <Button variant="subtle" onClick={() => setEnrolment(null)}>
              {t('mfa.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    ) : (
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{status.data.required ? t('mfa.requiredHint') : t('mfa.offHint')}</Text>
        <Button
          loading={start.isPending}
          onClick={() => {
            reset();
            start.mutate(undefined, { onSuccess: setEnrolment, onError: fail });
          }}
        >
          {t('mfa.enable')}
        </Button>
      </Stack>
    );
  } else {
    body = (
      <Stack gap="sm">
        <Text size="sm">
          {t('mfa.onSince', { date: status.data.enabledAt ? formatDateTime(status.data.enabledAt) : '' })}{' '}
          {t('mfa.codesLeft', { count: status.data.recoveryCodesLeft })}
        </Text>
        {mode === 'idle' ? (
          <Group>
            <Button variant="light" onClick={() => (reset(), setMode('regenerate'))}>
              {t('mfa.regenerate')}
            </Button>
            {!status.data.required && (
              <Button variant="light" color="red" onClick={() => (reset(), setMode('disable'))}>
                {t('mfa.disable')}
              </Button>
            )}
          </Group>
        ) : (
          <form
            noValidate
            aria-label={mode === 'regenerate' ? t('mfa.regenerate') : t('mfa.disable')}
            onSubmit={form.onSubmit(({ code, password }) => {
              setBanner([]);
              if (mode === 'regenerate') {
                regenerate.mutate(code.trim(), { onSuccess: (result) => (setMode('idle'), setCodes(result.codes)), onError: fail });
              } else {
                disable.mutate(code.trim() ? { code: code.trim() } : { password }, {
                  onSuccess: () => (setMode('idle'), setNotice(t('mfa.disabled'))),
                  onError: fail,
                });
              }
            })}
          >
            <Stack gap="sm">
              <TextInput label={t('mfa.code')} autoComplete="one-time-code" inputMode="numeric" {...form.getInputProps('code')} />
              {mode === 'disable' && <PasswordInput label={t('mfa.orPassword')} autoComplete="current-password" {...form.getInputProps('password')} />}
              <Group>
                <Button type="submit" color={mode === 'disable' ? 'red' : undefined} loading={regenerate.isPending || disable.isPending}>
                  {mode === 'regenerate' ? t('mfa.regenerate') : t('mfa.disable')}
                </Button>
                <Button variant="subtle" onClick={() => setMode('idle')}>
                  {t('mfa.cancel')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    );
  }

  return (
    <Stack gap="sm" data-testid="mfa-section">
      <Group justify="space-between">
        <Title order={2} fz="lg">
          {t('mfa.title')}
        </Title>
        {status.data && (
          <Badge color={status.data.enabled ? 'teal' : 'gray'} data-testid="mfa-state">
            {status.data.enabled ? t('mfa.on') : t('mfa.off')}
          </Badge>
        )}
      </Group>
      <NoticeBanner notice={notice} onClose={() => setNotice(null)} />
      <ErrorBanner title={t('mfa.failed')} messages={banner} />
      {body}
    </Stack>
  );
}
