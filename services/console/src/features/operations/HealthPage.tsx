import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { unwrap, useApi, formatDate, QueryState, TONES } from '@aeo/web';

/** Operations: each platform service's readiness and its dependencies, checked every 15 seconds. */
export function HealthPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const health = useQuery({
    queryKey: ['operations', 'service-health'],
    queryFn: () => unwrap(api.operations.GET('/v1/service-health')),
    refetchInterval: 15_000,
  });
  return (
    <Stack>
      <Title order={2}>{t('health.title')}</Title>
      <QueryState query={health}>
        {(services) => (
          <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
            {services.map((service) => (
              <Card withBorder key={service.service} data-testid={`health-${service.service}`}>
                <Group justify="space-between">
                  <Text fw={600}>{service.service}</Text>
                  <Badge color={service.status === 'up' ? TONES.good : 'red.8'}>{t(`health.${service.status}`)}</Badge>
                </Group>
                <Text size="sm" c="gray.7">
                  {service.detail} · {service.latencyMs} ms · {formatDate(service.checkedAt, i18n.language, true)}
                </Text>
                <Group gap={6} mt="xs">
                  {service.dependencies.map((dependency) => (
                    <Badge
                      key={dependency.name}
                      variant="outline"
                      className="badge-full"
                      color={dependency.status === 'up' ? TONES.good : 'red.8'}
                      title={dependency.detail}
                    >
                      {dependency.name}: {t(`health.${dependency.status}`)}
                    </Badge>
                  ))}
                </Group>
              </Card>
            ))}
          </SimpleGrid>
        )}
      </QueryState>
    </Stack>
  );
}
