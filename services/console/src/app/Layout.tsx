import { AppShell, Burger, Group, NavLink, ScrollArea, Stack, Text, Title, Button, Badge } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch, useAuth } from '@aeo/web';
import { AREA_GROUPS, areasFor, isStaff } from './areas';
import { SignInPage } from './SignInPage';

/** The signed-in frame: header (who, region, language, sign out), the role's areas, the page. */
export function Layout() {
  const { t } = useTranslation();
  const auth = useAuth();
  const [opened, { toggle }] = useDisclosure();
  const pathname = useRouterState({ select: (state) => state.location.pathname });

  if (pathname === '/callback') return <Outlet />;
  if (!auth.ready) return <Text p="xl">{t('app.loading')}</Text>;
  if (!auth.user || !auth.caller) return <SignInPage />;

  const caller = auth.caller;
  const areas = areasFor(caller.roles);
  const groups = AREA_GROUPS.filter((group) => areas.some((a) => a.group === group));
  const regionBadge = isStaff(caller.roles) && (
    <Badge variant="light" color="gray" c="dark.7" className="badge-full">
      {caller.region ? t('app.region', { region: caller.region }) : t('app.national')}
    </Badge>
  );
  const signOut = (
    <Button size="xs" variant="default" onClick={() => void auth.signOut()}>
      {t('app.signOut')}
    </Button>
  );
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('app.menu')} />
            <Title order={1} size="h4" className="brand-title">
              <Link to="/" className="brand-link">
                {t('app.title')}
              </Link>
            </Title>
          </Group>
          <Group gap="sm" wrap="nowrap" visibleFrom="md">
            <Text size="sm" fw={500} data-testid="caller-name">
              {caller.name}
            </Text>
            {regionBadge}
            <LanguageSwitch />
            {signOut}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('app.title')}>
        {/* On a phone or a narrow window the header has room only for the title: who, language and sign-out are in the menu. */}
        <Stack gap="xs" hiddenFrom="md" px="sm" pb="sm" mb="xs" className="navbar-account">
          <Group gap="xs">
            <Text size="sm" fw={500}>
              {caller.name}
            </Text>
            {regionBadge}
          </Group>
          <LanguageSwitch />
          {signOut}
        </Stack>
        <AppShell.Section grow component={ScrollArea}>
          <NavLink component={Link} to="/" label={t('nav.home')} active={pathname === '/'} />
          {groups.map((group) => (
            <div key={group}>
              <Text size="xs" fw={700} c="dimmed" tt="uppercase" mt="md" mb={4} px="sm">
                {t(`nav.${group}`)}
              </Text>
              {areas
                .filter((area) => area.group === group)
                .map((area) => (
                  <NavLink
                    key={area.path}
                    component={Link}
                    to={area.path}
                    label={t(area.label)}
                    active={pathname.startsWith(area.path)}
                  />
                ))}
            </div>
          ))}
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
