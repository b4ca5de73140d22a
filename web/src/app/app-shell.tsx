import { ActionIcon, AppShell as Shell, Burger, Button, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconLogout, IconUser } from '@tabler/icons-react';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { LanguageSwitch } from '@/components/language-switch';
import { Loading } from '@/components/loading';
import { SignedInUser } from '@/components/signed-in-user';
import { JobsDashboardButton } from '@/features/jobs/components/jobs-dashboard-button';
import { useLogout } from '@/features/auth/api/logout';
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { can, useMe } from '@/lib/auth/me';
import { navigationFor } from './navigation';

export function AppShell() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const logout = useLogout();
  const [opened, { toggle, close }] = useDisclosure(false);

  // On a tablet the menu is a drawer: close it once the user has picked a screen.
  useEffect(close, [location.pathname, close]);

  const items = me.data ? navigationFor(me.data) : [];
  const where = me.data?.facility?.name ?? me.data?.province?.name;

  return (
    <Shell header={{ height: 56 }} navbar={{ width: 240, breakpoint: 'md', collapsed: { mobile: !opened } }} padding="md">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <Shell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger opened={opened} onClick={toggle} hiddenFrom="md" size="sm" aria-label={t('nav.main')} />
            {/* The product name never gives way to the buttons on a 390 px phone: they shrink to icons instead. */}
            <Text component={Link} to="/" fw={700} c="teal.8" fz="lg" style={{ whiteSpace: 'nowrap', flexShrink: 0 }} data-testid="app-logo">
              {t('appName')}
            </Text>
            <Text c="dimmed" size="sm" truncate visibleFrom="sm">
              {where}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            {me.data && (
              <Text component={Link} to="/profile" size="sm" data-testid="signed-in-user" visibleFrom="sm" truncate maw={260} title={t('actions.profile')}>
                <IconUser size={14} aria-hidden /> {me.data.fullName}
                {me.data.role && <Text span c="dimmed" size="sm">{` · ${t(`roles.${me.data.role}`)}`}</Text>}
              </Text>
            )}
            {me.data && !me.data.isApiClient && <NotificationBell />}
            {me.data && can(me.data, 'jobs.dashboard') && <JobsDashboardButton />}
            <LanguageSwitch />
            <Button
              variant="subtle"
              size="xs"
              visibleFrom="sm"
              leftSection={<IconLogout size={16} aria-hidden />}
              onClick={() => logout.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) })}
              loading={logout.isPending}
            >
              {t('actions.logout')}
            </Button>
            <ActionIcon
              variant="subtle"
              hiddenFrom="sm"
              aria-label={t('actions.logout')}
              onClick={() => logout.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) })}
              loading={logout.isPending}
            >
              <IconLogout size={18} aria-hidden />
            </ActionIcon>
          </Group>
        </Group>
      </Shell.Header>
      <Shell.Navbar p="xs" component="nav" aria-label={t('nav.main')}>
        {items.map((item) => (
          <NavLink
            key={item.key}
            component={Link}
            to={item.path}
            label={t(`nav.${item.key}`)}
            leftSection={item.icon}
            active={location.pathname === item.path || location.pathname.startsWith(`${item.path}/`)}
            data-nav={item.key}
          />
        ))}
      </Shell.Navbar>
      <Shell.Main id="main" tabIndex={-1} bg="gray.0">
        <SignedInUser>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </SignedInUser>
      </Shell.Main>
    </Shell>
  );
}
