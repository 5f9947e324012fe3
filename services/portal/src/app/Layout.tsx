import { Anchor, AppShell, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { browserTimeZone, LanguageSwitch, ROLES, timeZoneName, useAuth } from '@aeo/web';
import { InboxLink } from '../features/inbox/InboxPage';
import { usePortalSettings } from './settings';

/** Pages anyone may read without signing in: the public AEO register. */
const isPublic = (pathname: string) => pathname === '/register' || pathname.startsWith('/register/');

/** The trader's zone (the browser's), by name: every date of the portal is shown in it. */
function TimeZoneNote() {
  const { t, i18n } = useTranslation();
  const zone = browserTimeZone();
  const name = t(`programmeZone.names.${zone}`, { defaultValue: timeZoneName(zone, i18n.language) });
  return (
    <Text size="xs" c="gray.7" data-testid="time-zone">
      {t('app.timeZone', { zone: name.includes(zone) ? name : `${name} (${zone})` })}
    </Text>
  );
}

/** A customs staff account (or a partner administration's) signed in here: sent to the console. */
function StaffPage() {
  const { t } = useTranslation();
  const { consoleUrl } = usePortalSettings();
  return (
    <Paper withBorder p="xl" maw={560} data-testid="staff-page">
      <Stack>
        <Title order={2}>{t('app.staffTitle')}</Title>
        <Text>
          {t('app.staffText')}{' '}
          <Anchor href={consoleUrl} data-testid="console-link">
            {consoleUrl}
          </Anchor>
        </Text>
      </Stack>
    </Paper>
  );
}

function SignInPanel() {
  const { t } = useTranslation();
  const auth = useAuth();
  return (
    <Paper withBorder shadow="sm" p="xl" maw={480}>
      <Stack>
        <Title order={2}>{t('app.title')}</Title>
        <Text c="gray.7">{t('app.subtitle')}</Text>
        <Text>{t('app.signInPrompt')}</Text>
        <Button onClick={() => void auth.signIn()} data-testid="sign-in">
          {t('app.signIn')}
        </Button>
        <Anchor component={Link} to="/register">
          {t('register.title')}
        </Anchor>
      </Stack>
    </Paper>
  );
}

/** The portal's frame: header (title, places, zone, language, who and sign-out), the page. */
export function Layout() {
  const { t } = useTranslation();
  const auth = useAuth();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const caller = auth.user ? auth.caller : undefined;
  const trader = caller?.roles.includes(ROLES.operatorUser);

  const page =
    isPublic(pathname) || pathname === '/callback' ? (
      <Outlet />
    ) : !auth.ready ? (
      <Text>{t('app.loading')}</Text>
    ) : !caller ? (
      <SignInPanel />
    ) : !trader ? (
      <StaffPage />
    ) : (
      <Outlet />
    );

  return (
    <AppShell header={{ height: 64 }} padding="md">
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="lg" wrap="nowrap" miw={0}>
            <Title order={1} size="h4" className="brand-title">
              <Link to="/" className="brand-link">
                {t('app.title')}
              </Link>
            </Title>
            <Group component="nav" gap="md" aria-label={t('app.menu')} wrap="nowrap">
              {trader && (
                <Anchor component={Link} to="/" size="sm">
                  {t('app.home')}
                </Anchor>
              )}
              {trader && (
                <Anchor component={Link} to="/authorisation" size="sm" data-testid="authorisation-link">
                  {t('authorisation.nav')}
                </Anchor>
              )}
              {trader && <InboxLink />}
              {trader && (
                <Anchor component={Link} to="/webhooks" size="sm" data-testid="webhooks-link">
                  {t('webhooks.title')}
                </Anchor>
              )}
              <Anchor component={Link} to="/register" size="sm" data-testid="register-link">
                {t('app.publicRegister')}
              </Anchor>
            </Group>
          </Group>
          {/* Never squeezed: the language switch and the sign-out stay whole; the menu wraps instead. */}
          <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
            <TimeZoneNote />
            <LanguageSwitch />
            {caller ? (
              <>
                <Text size="sm" fw={500} data-testid="caller-name">
                  {caller.name}
                </Text>
                <Button size="xs" variant="default" onClick={() => void auth.signOut()}>
                  {t('app.signOut')}
                </Button>
              </>
            ) : (
              auth.ready && (
                <Button size="xs" variant="default" onClick={() => void auth.signIn()} data-testid="header-sign-in">
                  {t('app.signIn')}
                </Button>
              )
            )}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main id="main" tabIndex={-1}>
        {page}
      </AppShell.Main>
    </AppShell>
  );
}
