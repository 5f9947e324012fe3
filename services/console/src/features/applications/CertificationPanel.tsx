import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Timeline, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { unwrap, useApi, formatDate, QueryState } from '@aeo/web';

/**
 * Where the certification workflow stands: the risk assessment and the validation report side by
 * side (what the executive decides on), the hearing when there is one, and the workflow's history.
 */
export function CertificationPanel({ applicationId }: { applicationId: string }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const certification = useQuery({
    queryKey: ['applications', applicationId, 'certification'],
    queryFn: () =>
      unwrap(
        api.applications.GET('/v1/applications/{applicationId}/certification', { params: { path: { applicationId } } }),
      ),
  });
  return (
    <QueryState query={certification}>
      {(state) => (
        <Stack>
          <Group gap="xs">
            <Title order={3} size="h4">
              {t('certification.title')}
            </Title>
            <Badge variant="light" className="badge-full" data-testid="certification-stage">
              {t(`certification.stages.${state.stage}`)}
            </Badge>
          </Group>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Card withBorder>
              <Title order={4} size="h5" mb={6}>
                {t('cases.risk')}
              </Title>
              {state.risk ? (
                <Stack gap={4}>
                  <Text size="sm">
                    {t('certification.score')}: <b>{state.risk.score}</b> / 100
                  </Text>
                  <Text size="sm">
                    {t('cases.recommendation')}:{' '}
                    <b>{t(`certification.riskRecommendations.${state.risk.recommendation}`)}</b>
                  </Text>
                  <Text size="xs" c="gray.7">
                    {t('certification.model')} {state.risk.modelVersion}
                  </Text>
                </Stack>
              ) : (
                <Text size="sm">{t('certification.notYet')}</Text>
              )}
            </Card>
            <Card withBorder>
              <Title order={4} size="h5" mb={6}>
                {t('cases.report')}
              </Title>
              {state.validation?.report ? (
                <Stack gap={4}>
                  <Text size="sm">
                    {t('cases.recommendation')}:{' '}
                    <b>{t(`cases.recommendations.${state.validation.report.recommendation}`)}</b> ·{' '}
                    {state.validation.report.submittedBy}
                  </Text>
                  <Text size="sm">{state.validation.report.summary}</Text>
                  {state.validation.report.conditions.map((condition) => (
                    <Text size="sm" key={condition}>
                      · {condition}
                    </Text>
                  ))}
                </Stack>
              ) : (
                <Text size="sm">
                  {state.validation
                    ? t('certification.reportDue', { date: formatDate(state.validation.reportDue, i18n.language) })
                    : t('certification.notYet')}
                </Text>
              )}
              {state.validation && (
                <Anchor
                  size="sm"
                  mt={6}
                  renderRoot={(props) => (
                    <Link {...props} to="/cases/$caseId" params={{ caseId: state.validation!.caseId }} />
                  )}
                >
                  {t('certification.openCase')}
                </Anchor>
              )}
            </Card>
          </SimpleGrid>
          {state.decision && (
            <Card withBorder data-testid="certification-decision">
              <Title order={4} size="h5" mb={6}>
                {t('certification.decision')}
              </Title>
              <Text size="sm">
                <b>{t(`application.decision.${state.decision.decision}`)}</b> · {state.decision.decidedBy}
                {state.authorisation &&
                  ` · ${t('certification.authorisation', {
                    number: state.authorisation.authorisationNumber,
                    date: formatDate(state.authorisation.effectiveFrom, i18n.language),
                  })}`}
              </Text>
              {state.decision.reasons.map((reason) => (
                <Text size="sm" key={reason}>
                  · {reason}
                </Text>
              ))}
              {(state.decision.conditions ?? []).map((condition) => (
                <Text size="sm" key={condition}>
                  {t('application.conditions')}: {condition}
                </Text>
              ))}
            </Card>
          )}
          {state.hearing && (
            <Card withBorder>
              <Title order={4} size="h5" mb={6}>
                {t('certification.hearing')}
              </Title>
              {state.hearing.grounds.map((ground) => (
                <Text size="sm" key={ground}>
                  · {ground}
                </Text>
              ))}
              <Text size="sm" mt={4}>
                {t('deadline.hearing-response')}: {formatDate(state.hearing.respondBy, i18n.language)} ·{' '}
                {state.hearing.response ? state.hearing.response.response : t('cases.unanswered')}
              </Text>
            </Card>
          )}
          <Title order={4} size="h5">
            {t('workflows.history')}
          </Title>
          <Timeline bulletSize={12} lineWidth={2} active={state.history.length}>
            {state.history.map((entry) => (
              <Timeline.Item key={`${entry.at}-${entry.stage}`} title={t(`certification.stages.${entry.stage}`)}>
                <Text size="sm">{entry.note}</Text>
                <Text size="xs" c="gray.7">
                  {formatDate(entry.at, i18n.language, true)}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        </Stack>
      )}
    </QueryState>
  );
}
