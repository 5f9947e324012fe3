import { Alert, Anchor, Group, Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDate, QueryState, unwrap, useApi } from '@aeo/web';
import { Item, ItemList } from '../../shared/Item';
import { ApplicationProgress, notFoundForTrader } from '../application-status/ApplicationProgress';
import { ApplicationStatus } from './ApplicationStatus';

/** One application of the company (GET /v1/applications/{id}): its status, where it stands and what comes next (application-status), its dates and deadlines, and the grounds given. */
export function ApplicationPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { applicationId } = useParams({ from: '/applications/$applicationId' });
  const query = useQuery({
    queryKey: ['application', applicationId],
    queryFn: () =>
      unwrap(api.applications.GET('/v1/applications/{applicationId}', { params: { path: { applicationId } } })),
  });
  const date = (value: string | null | undefined) => formatDate(value, i18n.language, true);
  return (
    <Stack>
      <Anchor component={Link} to="/" size="sm">
        {t('applications.back')}
      </Anchor>
      {query.isError && notFoundForTrader(query.error) ? (
        // Another company's application: not found, as one that does not exist (nothing of it shown).
        <Alert color="red" role="alert" title={t('loadState.notFound')} data-testid="application-not-found" />
      ) : (
        <QueryState query={query}>
          {(application) => (
            <Stack>
              <Group>
                <Title order={2}>{t(`applications.types.${application.statusType}`)}</Title>
                <ApplicationStatus status={application.status} />
              </Group>
              <ApplicationProgress application={application} />
              <Paper withBorder p="lg">
                <Stack>
                  <Title order={3} size="h4">
                    {t('applications.dates')}
                  </Title>
                  <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} verticalSpacing="sm" data-testid="application-dates">
                    <Item label={t('applications.submittedAt')}>{date(application.submittedAt)}</Item>
                    <Item label={t('applications.acceptanceDeadline')}>{date(application.acceptanceDeadline)}</Item>
                    <Item label={t('applications.acceptedAt')}>{date(application.acceptedAt)}</Item>
                    <Item label={t('applications.decisionDeadline')}>{date(application.decisionDeadline)}</Item>
                    <Item label={t('applications.decidedAt')}>{date(application.decidedAt)}</Item>
                    {application.hearingRespondBy && (
                      <Item label={t('applications.hearingRespondBy')}>{date(application.hearingRespondBy)}</Item>
                    )}
                    <Item label={t('applications.updatedAt')}>{date(application.updatedAt)}</Item>
                    <Item label={t('applications.programmeVersion')}>{application.programmeVersion}</Item>
                    <Item label={t('applications.mraSharing')}>
                      {application.consentToMraSharing ? t('applications.yes') : t('applications.no')}
                    </Item>
                  </SimpleGrid>
                  {application.statusReason && (
                    <Item label={t('applications.statusReason')}>{application.statusReason}</Item>
                  )}
                  <ItemList label={t('applications.hearingGrounds')} items={application.hearingGrounds} />
                  <ItemList label={t('applications.decisionReasons')} items={application.decisionReasons} />
                </Stack>
              </Paper>
            </Stack>
          )}
        </QueryState>
      )}
    </Stack>
  );
}
