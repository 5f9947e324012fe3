import { Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDate, QueryState, unwrap, useApi } from '@aeo/web';
import { ApplicationStatus } from '../applications/ApplicationStatus';

/** The company's applications with their status (GET /v1/applications?operatorId=), each opening its page. */
export function Applications({ operatorId }: { operatorId: string }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const query = useQuery({
    queryKey: ['applications', operatorId],
    queryFn: () =>
      unwrap(api.applications.GET('/v1/applications', { params: { query: { operatorId, limit: '100' } } })),
  });
  return (
    <Paper withBorder p="lg">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h3">
            {t('applications.title')}
          </Title>
          <Button component={Link} to="/applications/new" data-testid="start-application">
            {t('wizard.start')}
          </Button>
        </Group>
        <QueryState query={query}>
          {(applications) =>
            applications.length === 0 ? (
              <Text data-testid="no-applications">{t('applications.none')}</Text>
            ) : (
              <div className="data-table-scroll">
                <Table className="data-table" data-testid="applications-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('applications.statusType')}</Table.Th>
                      <Table.Th>{t('applications.status')}</Table.Th>
                      <Table.Th>{t('applications.submittedAt')}</Table.Th>
                      <Table.Th>{t('applications.updatedAt')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {applications.map((application) => (
                      <Table.Tr key={application.id}>
                        <Table.Td>
                          <Anchor
                            className="table-link"
                            renderRoot={(props) => (
                              <Link
                                {...props}
                                // A draft opens its self-assessment (the wizard), to go on where the trader left it.
                                to={
                                  application.status === 'draft'
                                    ? '/applications/$applicationId/self-assessment'
                                    : '/applications/$applicationId'
                                }
                                params={{ applicationId: application.id }}
                              />
                            )}
                          >
                            {t(`applications.types.${application.statusType}`)}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>
                          <ApplicationStatus status={application.status} />
                        </Table.Td>
                        <Table.Td>{formatDate(application.submittedAt, i18n.language, true)}</Table.Td>
                        <Table.Td>{formatDate(application.updatedAt, i18n.language, true)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </div>
            )
          }
        </QueryState>
      </Stack>
    </Paper>
  );
}
