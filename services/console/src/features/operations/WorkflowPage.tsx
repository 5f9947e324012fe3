import { Anchor, Badge, Card, Group, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { unwrap, useApi, formatDate, QueryState, TONES, TableScroll } from '@aeo/web';
import { STATUS_COLORS } from './WorkflowsPage';

const FAILING = /failed|timed-out|terminated|rejected/;

/** One workflow run: what it is, what it waits for, and its history as a readable timeline. */
export function WorkflowPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { workflowId } = useParams({ from: '/operations/workflows/$workflowId' });
  const { runId } = useSearch({ from: '/operations/workflows/$workflowId' });
  const detail = useQuery({
    queryKey: ['operations', 'workflow', workflowId, runId],
    queryFn: () =>
      unwrap(api.operations.GET('/v1/workflows/{workflowId}', { params: { path: { workflowId }, query: { runId } } })),
  });
  return (
    <Stack>
      <Anchor component={Link} to="/operations/workflows">
        ← {t('workflows.title')}
      </Anchor>
      <QueryState query={detail}>
        {({ execution, pendingActivities, timeline, truncated }) => (
          <>
            <Group justify="space-between">
              <Title order={2} style={{ wordBreak: 'break-all' }}>
                {execution.workflowId}
              </Title>
              <Badge size="lg" color={STATUS_COLORS[execution.status]}>
                {t(`workflows.statuses.${execution.status}`)}
              </Badge>
            </Group>
            <Group gap="xl">
              <Text size="sm">
                {t('workflows.type')}: <b>{execution.type}</b>
              </Text>
              <Text size="sm">
                {t('workflows.started')}: {formatDate(execution.startTime, i18n.language, true)}
              </Text>
              <Anchor href={execution.temporalUiUrl} target="_blank" rel="noreferrer" size="sm">
                {t('workflows.openInTemporal')}
              </Anchor>
            </Group>
            {pendingActivities.length > 0 && (
              <Card withBorder>
                <Title order={3} size="h5" mb="xs">
                  {t('workflows.pending')}
                </Title>
                <TableScroll label={t('workflows.pending')}>
                  <Table aria-label={t('workflows.pending')}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('workflows.activity')}</Table.Th>
                        <Table.Th>{t('workflows.state')}</Table.Th>
                        <Table.Th>{t('workflows.attempt')}</Table.Th>
                        <Table.Th>{t('workflows.lastFailure')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {pendingActivities.map((activity) => (
                        <Table.Tr key={activity.activityId}>
                          <Table.Td>{activity.activityType}</Table.Td>
                          <Table.Td>{activity.state}</Table.Td>
                          <Table.Td>{activity.attempt}</Table.Td>
                          <Table.Td>{activity.lastFailure ?? '—'}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </TableScroll>
              </Card>
            )}
            <Title order={3} size="h4">
              {t('workflows.history')}
            </Title>
            {truncated && (
              <Text size="sm" c={TONES.warning} data-testid="history-truncated">
                {t('workflows.truncated', { count: timeline.length })}{' '}
                <Anchor href={execution.temporalUiUrl} target="_blank" rel="noreferrer">
                  {t('workflows.openInTemporal')}
                </Anchor>
              </Text>
            )}
            <Timeline bulletSize={14} lineWidth={2} active={timeline.length}>
              {timeline.map((event) => (
                <Timeline.Item
                  key={event.eventId}
                  color={FAILING.test(event.kind) ? 'red.9' : undefined}
                  title={t(`workflows.kinds.${event.kind}`, { defaultValue: event.kind })}
                >
                  <Text size="sm">{event.summary}</Text>
                  <Text size="xs" c="gray.7">
                    #{event.eventId} · {formatDate(event.at, i18n.language, true)}
                  </Text>
                </Timeline.Item>
              ))}
            </Timeline>
          </>
        )}
      </QueryState>
    </Stack>
  );
}
