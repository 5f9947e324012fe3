import { Anchor, AppShell, Burger, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { browserTimeZone, LanguageSwitch, ROLES, timeZoneName, useAuth } from '@aeo/web';
import { InboxLink } from '../features/inbox/InboxPage';
import { usePortalSettings } from './settings';

/** From this width the header has room for two rows (title and account; places and zone); below it, a menu. */
const WIDE_HEADER = '62em';

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

/** The portal's places: in the header's second row on a wide window, in the menu on a phone. */
function Places({
  trader,
  vertical = false,
  onNavigate,
}: {
  trader: boolean;
  vertical?: boolean;
  onNavigate?: () => void;
}) {
  const { t } = useTranslation();
  const links = (
    <>
      {trader && (
        <Anchor component={Link} to="/" size="sm" onClick={onNavigate}>
          {t('app.home')}
        </Anchor>
      )}
      {trader && (
        <Anchor component={Link} to="/authorisation" size="sm" data-testid="authorisation-link" onClick={onNavigate}>
          {t('authorisation.nav')}
        </Anchor>
      )}
      {trader && <InboxLink />}
      {trader && (
        <Anchor component={Link} to="/webhooks" size="sm" data-testid="webhooks-link" onClick={onNavigate}>
          {t('webhooks.title')}
        </Anchor>
      )}
      <Anchor component={Link} to="/register" size="sm" data-testid="register-link" onClick={onNavigate}>
        {t('app.publicRegister')}
      </Anchor>
    </>
  );
  return vertical ? (
    <Stack component="nav" gap="sm" aria-label={t('app.menu')}>
      {links}
    </Stack>
  ) : (
    <Group component="nav" gap="lg" aria-label={t('app.menu')} wrap="nowrap">
      {links}
    </Group>
  );
}

/**
 * The portal's frame: header (title, places, zone, language, who and sign-out), the page. The
 * title is shown whole in every language: on a wide window the header has two rows (the title and
 * the account; the places and the zone), on a phone the title and the menu's button, the rest in
 * the menu. The places are rendered once, where they are seen (tests find each link once).
 */
export function Layout() {
  const { t } = useTranslation();
  const auth = useAuth();
  const wide = useMediaQuery(`(min-width: ${WIDE_HEADER})`, true);
  const [menuOpened, menu] = useDisclosure();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const caller = auth.user ? auth.caller : undefined;
  const trader = caller?.roles.includes(ROLES.operatorUser) ?? false;

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

  const account = caller ? (
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
  );

  return (
    <AppShell
      header={{ height: wide ? 96 : 64 }}
      navbar={{ width: 280, breakpoint: WIDE_HEADER, collapsed: { desktop: true, mobile: !menuOpened } }}
      padding="md"
    >
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Stack h="100%" px="md" gap={4} justify="center">
          <Group justify="space-between" wrap="nowrap" gap="sm">
            {/* Never truncated: it wraps onto a second line rather than lose its end. */}
            <Title
              order={1}
              size="h4"
              lh={1.2}
              miw={0}
              style={{ overflowWrap: 'break-word' }}
              data-testid="brand-title"
            >
              <Link to="/" className="brand-link">
                {t('app.title')}
              </Link>
            </Title>
            {wide ? (
              <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
                <LanguageSwitch />
                {account}
              </Group>
            ) : (
              <Burger
                opened={menuOpened}
                onClick={menu.toggle}
                size="sm"
                aria-label={t('app.menu')}
                data-testid="menu-button"
                style={{ flexShrink: 0 }}
              />
            )}
          </Group>
          {wide && (
            <Group justify="space-between" wrap="nowrap" gap="md">
              <Places trader={trader} />
              <TimeZoneNote />
            </Group>
          )}
        </Stack>
      </AppShell.Header>
      {!wide && menuOpened && (
        <AppShell.Navbar p="md" aria-label={t('app.menu')}>
          <Stack gap="md">
            <Places trader={trader} vertical onNavigate={menu.close} />
            <TimeZoneNote />
            <LanguageSwitch />
            <Group gap="sm">{account}</Group>
          </Stack>
        </AppShell.Navbar>
      )}
      <AppShell.Main id="main" tabIndex={-1}>
        {page}
      </AppShell.Main>
    </AppShell>
  );
}
