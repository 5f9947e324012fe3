import { Anchor, Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDate, QueryState, unwrap, useApi } from '@aeo/web';
import { Item } from '../../shared/Item';
import { RegisterStatus } from './RegisterStatus';

/** One published authorisation (no sign-in): what its holder chose to publish. */
export function RegisterEntryPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { authorisationNumber } = useParams({ from: '/register/$authorisationNumber' });
  const query = useQuery({
    queryKey: ['public-register', 'entry', authorisationNumber],
    queryFn: () =>
      unwrap(
        api.applications.GET('/v1/public/register/{authorisationNumber}', {
          params: { path: { authorisationNumber } },
        }),
      ),
  });
  const none = t('register.notPublished');
  return (
    <Stack>
      <Anchor component={Link} to="/register" size="sm">
        {t('register.back')}
      </Anchor>
      <Title order={2}>{t('register.entry', { number: authorisationNumber })}</Title>
      <QueryState query={query}>
        {(entry) => (
          <Paper withBorder p="md" maw={720} data-testid="register-entry">
            <SimpleGrid cols={{ base: 1, sm: 2 }} verticalSpacing="sm">
              {[
                [t('register.name'), entry.name ?? none],
                [t('register.city'), entry.city ?? none],
                [t('register.region'), entry.region ?? none],
                [t('register.statusType'), entry.statusType ?? none],
                [t('register.effectiveFrom'), formatDate(entry.effectiveFrom, i18n.language)],
              ].map(([label, value]) => (
                <Item key={label} label={label}>
                  {value}
                </Item>
              ))}
              <Item label={t('register.status')}>
                <RegisterStatus status={entry.status} />
              </Item>
            </SimpleGrid>
          </Paper>
        )}
      </QueryState>
    </Stack>
  );
}
