import { useState } from 'react';
import { Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import {
  unwrap,
  useApi,
  checkRequest,
  formatDate,
  QueryState,
  TextActionDialog,
  PagedTable,
  type Column,
} from '@aeo/web';
import { ALERT_STATES, alertSearchSchema, WATCHDOG_PROBLEMS, type AlertSearch } from './alert-search';

/** A problem's tone (styles.css pills: AA contrast on their tints). */
const PROBLEM_TONES: Record<(typeof WATCHDOG_PROBLEMS)[number], string> = {
  stuck: 'warn',
  'closed-while-in-force': 'bad',
  unreachable: 'bad',
};

/** The acknowledged filter the API takes for a state of the page. */
const ACKNOWLEDGED = { open: 'false', acknowledged: 'true', all: undefined } as const;

/**
 * Operations: the authorisations whose revalidation workflow the daily watchdog could not repair,
 * open ones first by default; each is acknowledged once with a note (audited, idempotent).
 */
export function WatchdogAlertsPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  // Parsed again: a route without the schema (a component test) gets the same defaults.
  const search = alertSearchSchema.parse(useSearch({ from: '/operations/alerts' }));
  const navigate = useNavigate({ from: '/operations/alerts' });
  const setSearch = (next: Partial<AlertSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...next }), replace: true });
  const [selected, setSelected] = useState<{ id: string; authorisationNumber: string }>();
  const alerts = useQuery({
    queryKey: ['operations', 'watchdog-alerts', search],
    placeholderData: keepPreviousData,
    queryFn: () =>
      unwrap(
        api.operations.GET('/v1/watchdog-alerts', {
          params: {
            query: {
              acknowledged: ACKNOWLEDGED[search.state],
              problem: search.problem,
              region: search.region,
              sort: search.sort,
              order: search.order,
              page: String(search.page),
              pageSize: String(search.pageSize),
            },
          },
        }),
      ),
  });
  type Item = NonNullable<typeof alerts.data>['items'][number];
  type Sort = AlertSearch['sort'];
  const columns: Column<Item, Sort>[] = [
    {
      key: 'authorisation',
      header: t('alerts.authorisation'),
      sort: 'authorisationNumber',
      cell: (item) => (
        <Stack gap={0}>
          <Text size="sm" fw={500}>
            {item.authorisationNumber}
          </Text>
          <Text size="xs" c="gray.7">
            {t('alerts.taxpayer', { id: item.taxpayerId })} · {item.region}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'problem',
      header: t('alerts.problem'),
      cell: (item) => (
        <span className={`pill pill-${PROBLEM_TONES[item.problem]}`}>{t(`alerts.problems.${item.problem}`)}</span>
      ),
    },
    {
      key: 'detail',
      header: t('alerts.detail'),
      cell: (item) => (
        <Text size="sm" style={{ maxWidth: 460, whiteSpace: 'pre-wrap' }}>
          {item.detail}
        </Text>
      ),
    },
    {
      key: 'raisedAt',
      header: t('alerts.raisedAt'),
      sort: 'raisedAt',
      cell: (item) => formatDate(item.raisedAt, i18n.language, true),
    },
    {
      key: 'acknowledgement',
      header: t('alerts.acknowledgement'),
      cell: (item) =>
        item.acknowledgedAt ? (
          <Stack gap={0} align="flex-start" data-testid={`acknowledged-${item.id}`}>
            <span className="pill pill-good">{t('alerts.acknowledged')}</span>
            <Text size="xs" c="gray.7">
              {item.acknowledgedBy} · {formatDate(item.acknowledgedAt, i18n.language, true)}
            </Text>
            <Text size="xs">{item.acknowledgementNote}</Text>
          </Stack>
        ) : (
          <Button
            size="xs"
            data-testid={`acknowledge-${item.id}`}
            onClick={() => setSelected({ id: item.id, authorisationNumber: item.authorisationNumber })}
          >
            {t('alerts.acknowledge')}
          </Button>
        ),
    },
  ];
  return (
    <Stack>
      <Title order={2}>{t('alerts.title')}</Title>
      <Text size="sm" c="gray.7">
        {t('alerts.intro')}
      </Text>
      <Group align="flex-end">
        <Select
          label={t('alerts.state')}
          data={ALERT_STATES.map((value) => ({ value, label: t(`alerts.states.${value}`) }))}
          value={search.state}
          onChange={(value) => value && setSearch({ state: value as AlertSearch['state'], page: 1 })}
          allowDeselect={false}
          w={180}
        />
        <Select
          label={t('alerts.problem')}
          placeholder={t('alerts.allProblems')}
          data={WATCHDOG_PROBLEMS.map((value) => ({ value, label: t(`alerts.problems.${value}`) }))}
          value={search.problem ?? null}
          onChange={(value) => setSearch({ problem: (value ?? undefined) as AlertSearch['problem'], page: 1 })}
          clearable
          w={240}
        />
        <TextInput
          label={t('alerts.region')}
          placeholder="ULAANBAATAR"
          defaultValue={search.region ?? ''}
          onBlur={(event) =>
            setSearch({ region: event.currentTarget.value.trim().toUpperCase() || undefined, page: 1 })
          }
          w={200}
        />
      </Group>
      <QueryState query={alerts}>
        {(page) => (
          <PagedTable
            label={t('alerts.title')}
            columns={columns}
            items={page.items}
            total={page.total}
            state={{ page: search.page, pageSize: search.pageSize, sort: search.sort, order: search.order }}
            onChange={(next) => setSearch(next)}
            rowKey={(item) => item.id}
            empty={search.state === 'open' ? t('alerts.emptyOpen') : t('alerts.empty')}
          />
        )}
      </QueryState>
      <TextActionDialog
        opened={!!selected}
        onClose={() => setSelected(undefined)}
        title={t('alerts.acknowledge')}
        effect={t('alerts.acknowledgeEffect', { number: selected?.authorisationNumber ?? '' })}
        submitLabel={t('alerts.acknowledge')}
        field="note"
        label={t('alerts.note')}
        description={t('alerts.noteHint')}
        testId="acknowledgement-note"
        send={async (note, key) => {
          if (!selected) return;
          const body = { note };
          checkRequest('operations', 'POST /v1/watchdog-alerts/{alertId}/acknowledgement', body, t);
          await unwrap(
            api.operations.POST('/v1/watchdog-alerts/{alertId}/acknowledgement', {
              params: { path: { alertId: selected.id }, header: { 'Idempotency-Key': key } },
              body,
            }),
          );
          await queryClient.invalidateQueries({ queryKey: ['operations', 'watchdog-alerts'] });
        }}
      />
    </Stack>
  );
}
