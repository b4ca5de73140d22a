import { Alert, Anchor, Center, Group, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { LanguageSwitch } from '@/components/language-switch';
import { LoginForm } from '@/features/auth/components/login-form';
import { useSession } from '@/lib/auth/session';

/** Only same-site paths: a crafted ?returnTo=https://evil must not take a user off the portal. */
function safeReturnTo(value: string | null) {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/login') ? value : '/';
}

export function Component() {
  const { t } = useTranslation('auth');
  const { t: common } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const session = useSession();
  const returnTo = safeReturnTo(params.get('returnTo'));

  if (session) return <Navigate to={returnTo} replace />;

  return (
    <Center mih="100vh" p="md" style={{ background: 'linear-gradient(160deg, #e6f4f1, #f5f7f8)' }}>
      <Paper component="main" withBorder shadow="sm" p="xl" w="100%" maw={420}>
        <Group justify="space-between" mb="xs">
          <Text fw={700} c="teal.8" fz="lg">
            {common('appName')}
          </Text>
          <LanguageSwitch />
        </Group>
        <Title order={1} fz={24}>
          {t('title')}
        </Title>
        <Text c="dimmed" mb="md">
          {t('subtitle')}
        </Text>
        {params.get('expired') && (
          <Alert color="yellow" mb="md">
            {t('expired')}
          </Alert>
        )}
        <LoginForm onSignedIn={() => void navigate(returnTo, { replace: true })} />
        <Text size="sm" mt="sm">
          <Anchor component={Link} to="/forgot-password" data-testid="forgot-password-link">
            {t('forgotLink')}
          </Anchor>
        </Text>
        <Text c="dimmed" size="xs" mt="md">
          {t('demoHint')}
        </Text>
      </Paper>
    </Center>
  );
}
