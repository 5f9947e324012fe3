import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { areasFor, isStaff } from '../../app/areas';
import { useAuth } from '@aeo/web';

/** Who is signed in, with what roles, and the areas open to them. */
export function HomePage() {
  const { t } = useTranslation();
  const { caller } = useAuth();
  if (!caller) return null;
  const areas = areasFor(caller.roles);
  return (
    <Stack>
      <Title order={2}>{t('home.greeting', { name: caller.name })}</Title>
      <Group gap="xs">
        <Text fw={500}>{t('home.yourRoles')}:</Text>
        {caller.roles.map((role) => (
          <Badge key={role} variant="outline">
            {t(`roles.${role}`)}
          </Badge>
        ))}
      </Group>
      <Title order={3} size="h4">
        {t('home.areas')}
      </Title>
      {!isStaff(caller.roles) ? (
        <Text data-testid="not-staff">{t('home.notStaff')}</Text>
      ) : areas.length === 0 ? (
        <Text>{t('home.noAreas')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {areas.map((area) => (
            <Card key={area.path} withBorder component={Link} to={area.path}>
              <Text fw={600}>{t(area.label)}</Text>
              <Text size="sm" c="dimmed">
                {t(`nav.${area.group}`)}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
