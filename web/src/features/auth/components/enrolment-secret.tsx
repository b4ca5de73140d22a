import { Code, Image, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MfaEnrolment } from '../api/mfa-status';

/** What an authenticator app needs: the QR code, or the secret typed by hand. */
export function EnrolmentSecret({ enrolment }: { enrolment: MfaEnrolment }) {
  const { t } = useTranslation('auth');
  return (
    <Stack gap="xs">
      <Text size="sm">{t('mfa.scan')}</Text>
      <Image src={enrolment.qrCodeDataUri} alt={t('mfa.qrAlt')} w={200} h={200} />
      <Text size="sm">{t('mfa.typeSecret')}</Text>
      <Code data-testid="mfa-secret" fz="md">
        {enrolment.secret}
      </Code>
    </Stack>
  );
}
