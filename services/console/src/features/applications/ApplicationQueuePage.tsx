import { useState } from 'react';
import { Group, Select, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate, useRouter, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { unwrap, useApi, useAuth, formatDate, QueryState, PagedTable, type Column } from '@aeo/web';
import { daysLeftPill } from './DaysLeft';
import type { QueueSearch } from './queue-search';
import { useSearchInRegion } from '../../shared/use-region-scope';

type QueuePage = Awaited<ReturnType<typeof fetchQueue>>;
type QueueItem = QueuePage['items'][number];

function fetchQueue(api: ReturnType<typeof useApi>, search: QueueSearch) {
  return unwrap(
    api.applications.GET('/v1/application-queue', {
      params: {
        query: {
          status: search.status,
          deadlineKind: search.deadlineKind,
          region: search.region,
          statusType: search.statusType,
          q: search.q || undefined,
          overdue: search.overdue,
          sort: search.sort,
          order: search.order,
          page: String(search.page),
          pageSize: String(search.pageSize),
        },
      },
    }),
  );
}

/**
 * The applications with a pending step and its legal deadline: contact officers and regional
 * offices see their region's, executives every region's (decisions due). Overdue first.
 */
export function ApplicationQueuePage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { caller } = useAuth();
  const search = useSearchInRegion(useSearch({ from: '/applications' }));
  const navigate = useNavigate({ from: '/applications' });
  const router = useRouter();
  const [q, setQ] = useState(search.q ?? '');
  const setSearch = (next: Partial<QueueSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...next }), replace: true });

  const queue = useQuery({
    queryKey: ['applications', 'queue', search],
    queryFn: () => fetchQueue(api, search),
    placeholderData: keepPreviousData,
  });

  const columns: Column<QueueItem, QueueSearch['sort']>[] = [
    {
      key: 'operator',
      header: t('queue.operator'),
      sort: 'operatorName',
      // Plain elements (no router Link, no component per cell): this cell is rendered once per row of pages up to 200 rows.
      cell: (item) => (
        <>
          <a
            href={`/applications/${item.applicationId}`}
            className="table-link"
            onClick={(event) => {
              if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
              event.preventDefault();
              void router.navigate({
                to: '/applications/$applicationId',
                params: { applicationId: item.applicationId },
              });
            }}
          >
            {item.operatorName}
          </a>
          <span className="cell-sub">{item.taxpayerId}</span>
        </>
      ),
    },
    { key: 'region', header: t('queue.region'), cell: (item) => item.region },
    { key: 'statusType', header: t('queue.statusType'), cell: (item) => item.statusType },
    {
      key: 'status',
      header: t('queue.status'),
      cell: (item) => <span className="pill">{t(`status.${item.status}`)}</span>,
    },
    { key: 'step', header: t('queue.pendingStep'), cell: (item) => t(`deadline.${item.deadline.kind}`) },
    {
      key: 'due',
      header: t('queue.dueAt'),
      sort: 'dueAt',
      cell: (item) => formatDate(item.deadline.dueAt, i18n.language),
    },
    {
      key: 'daysLeft',
      header: t('queue.daysLeftColumn'),
      cell: (item) => daysLeftPill(t, item.deadline.daysLeft, item.deadline.overdue),
    },
    {
      key: 'submitted',
      header: t('queue.submittedAt'),
      sort: 'submittedAt',
      cell: (item) => formatDate(item.submittedAt, i18n.language),
    },
  ];

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('queue.title')}</Title>
        <Text c="gray.7">{caller?.region ? t('app.region', { region: caller.region }) : t('app.national')}</Text>
      </Group>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={t('queue.search')}
          placeholder={t('queue.searchPlaceholder')}
          value={q}
          onChange={(event) => setQ(event.currentTarget.value)}
          onKeyDown={(event) => event.key === 'Enter' && setSearch({ q: q.trim() || undefined, page: 1 })}
          onBlur={() => setSearch({ q: q.trim() || undefined, page: 1 })}
          w={260}
        />
        <Select
          label={t('queue.pendingStep')}
          data={[
            { value: '', label: t('queue.all') },
            ...(['acceptance', 'information-reply', 'hearing-response', 'decision'] as const).map((value) => ({
              value,
              label: t(`deadline.${value}`),
            })),
          ]}
          value={search.deadlineKind ?? ''}
          onChange={(value) =>
            setSearch({ deadlineKind: (value || undefined) as QueueSearch['deadlineKind'], page: 1 })
          }
          allowDeselect={false}
          w={220}
        />
        <Select
          label={t('queue.statusType')}
          data={[
            { value: '', label: t('queue.all') },
            ...['AEOC', 'AEOS', 'AEOF'].map((value) => ({ value, label: value })),
          ]}
          value={search.statusType ?? ''}
          onChange={(value) => setSearch({ statusType: (value || undefined) as QueueSearch['statusType'], page: 1 })}
          allowDeselect={false}
          w={140}
        />
        {!caller?.region && (
          <TextInput
            label={t('queue.region')}
            defaultValue={search.region ?? ''}
            onBlur={(event) => {
              const region = event.currentTarget.value.trim().toUpperCase();
              setSearch({ region: /^[A-Z][A-Z0-9_]{1,39}$/.test(region) ? region : undefined, page: 1 });
            }}
            w={180}
          />
        )}
        <Switch
          label={t('queue.overdueOnly')}
          checked={search.overdue === 'true'}
          onChange={(event) => setSearch({ overdue: event.currentTarget.checked ? 'true' : undefined, page: 1 })}
          mb={8}
        />
      </Group>
      <QueryState query={queue}>
        {(page) => (
          <PagedTable
            label={t('queue.title')}
            columns={columns}
            items={page.items}
            total={page.total}
            state={search}
            onChange={(next) => setSearch(next)}
            rowKey={(item) => item.applicationId}
            empty={t('queue.empty')}
          />
        )}
      </QueryState>
    </Stack>
  );
}
