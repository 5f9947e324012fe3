import { Anchor, Button, Group, Select, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { unwrap, useApi, formatDate, QueryState, TONES, TableScroll } from '@aeo/web';
import { WORKFLOW_STATUSES, type WorkflowSearch } from './workflow-search';

/** A status's tone in lists (styles.css pills: AA contrast on their tints). */
const STATUS_TONES: Record<string, string> = {
  running: 'info',
  completed: 'good',
  failed: 'bad',
  terminated: 'neutral',
  'timed-out': 'warn',
  cancelled: 'neutral',
  'continued-as-new': 'info',
};

/** Status colours with AA contrast as filled badges (white text) and as light ones (their text on a tint). */
export const STATUS_COLORS: Record<string, string> = {
  running: 'customs.7',
  completed: TONES.good,
  failed: 'red.9',
  terminated: 'gray.8',
  'timed-out': TONES.warning,
  cancelled: 'gray.8',
  'continued-as-new': 'teal.9',
};

/** Operations: workflow runs from Temporal's visibility (through the operations service), filtered and paged. */
export function WorkflowsPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const search = useSearch({ from: '/operations/workflows' });
  const navigate = useNavigate({ from: '/operations/workflows' });
  const setSearch = (next: Partial<WorkflowSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, pageToken: undefined, ...next }), replace: true });
  const workflows = useQuery({
    queryKey: ['operations', 'workflows', search],
    placeholderData: keepPreviousData,
    queryFn: () =>
      unwrap(
        api.operations.GET('/v1/workflows', {
          params: {
            query: {
              type: search.type,
              status: search.status,
              region: search.region,
              stage: search.stage,
              stuck: search.stuck,
              pageToken: search.pageToken,
              pageSize: '50',
            },
          },
        }),
      ),
  });
  return (
    <Stack>
      <Title order={2}>{t('workflows.title')}</Title>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={t('workflows.type')}
          placeholder="certificationWorkflow"
          defaultValue={search.type ?? ''}
          onBlur={(event) => setSearch({ type: event.currentTarget.value.trim() || undefined })}
          w={240}
        />
        <Select
          label={t('workflows.status')}
          data={[
            { value: '', label: t('queue.all') },
            ...WORKFLOW_STATUSES.map((value) => ({ value, label: t(`workflows.statuses.${value}`) })),
          ]}
          value={search.status ?? ''}
          onChange={(value) => setSearch({ status: (value || undefined) as WorkflowSearch['status'] })}
          allowDeselect={false}
          w={180}
        />
        <TextInput
          label={t('queue.region')}
          defaultValue={search.region ?? ''}
          onBlur={(event) => {
            const region = event.currentTarget.value.trim().toUpperCase();
            setSearch({ region: /^[A-Z][A-Z0-9_]{1,39}$/.test(region) ? region : undefined });
          }}
          w={160}
        />
        <TextInput
          label={t('workflows.stage')}
          placeholder="validation"
          defaultValue={search.stage ?? ''}
          onBlur={(event) => setSearch({ stage: event.currentTarget.value.trim() || undefined })}
          w={160}
        />
        <Switch
          label={t('workflows.stuckOnly')}
          checked={search.stuck === 'true'}
          onChange={(event) => setSearch({ stuck: event.currentTarget.checked ? 'true' : undefined })}
          mb={8}
        />
      </Group>
      <QueryState query={workflows}>
        {(page) => (
          <>
            <TableScroll label={t('workflows.title')}>
              <Table miw={900} striped withTableBorder aria-label={t('workflows.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('workflows.workflow')}</Table.Th>
                    <Table.Th>{t('workflows.type')}</Table.Th>
                    <Table.Th>{t('workflows.status')}</Table.Th>
                    <Table.Th>{t('queue.region')}</Table.Th>
                    <Table.Th>{t('workflows.stage')}</Table.Th>
                    <Table.Th>{t('workflows.started')}</Table.Th>
                    <Table.Th>{t('workflows.temporal')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {page.items.length === 0 && (
                    <Table.Tr>
                      <Table.Td colSpan={7}>
                        <Text c="gray.7">{t('workflows.empty')}</Text>
                      </Table.Td>
                    </Table.Tr>
                  )}
                  {page.items.map((run) => (
                    <Table.Tr key={`${run.workflowId}/${run.runId}`}>
                      <Table.Td>
                        <Anchor
                          renderRoot={(props) => (
                            <Link
                              {...props}
                              to="/operations/workflows/$workflowId"
                              params={{ workflowId: run.workflowId }}
                              search={{ runId: run.runId }}
                            />
                          )}
                        >
                          {run.workflowId}
                        </Anchor>
                        {run.stuck && (
                          <Text size="xs" c="red.8">
                            {run.stuck.reason}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{run.type}</Table.Td>
                      <Table.Td>
                        <span className={`pill pill-${STATUS_TONES[run.status] ?? 'neutral'}`}>
                          {t(`workflows.statuses.${run.status}`)}
                        </span>
                      </Table.Td>
                      <Table.Td>{run.region ?? '—'}</Table.Td>
                      <Table.Td>{run.stage ?? '—'}</Table.Td>
                      <Table.Td>{formatDate(run.startTime, i18n.language, true)}</Table.Td>
                      <Table.Td>
                        <Anchor href={run.temporalUiUrl} target="_blank" rel="noreferrer">
                          {t('workflows.openInTemporal')}
                        </Anchor>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
            <Group justify="flex-end">
              {search.pageToken && (
                <Button variant="default" size="xs" onClick={() => setSearch({ pageToken: undefined })}>
                  {t('list.first')}
                </Button>
              )}
              <Button
                size="xs"
                disabled={!page.nextPageToken}
                onClick={() => setSearch({ pageToken: page.nextPageToken ?? undefined })}
              >
                {t('list.next')}
              </Button>
            </Group>
          </>
        )}
      </QueryState>
    </Stack>
  );
}
