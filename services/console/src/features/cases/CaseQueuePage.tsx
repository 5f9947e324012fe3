import { useState } from 'react';
import { Anchor, Badge, Group, Select, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { unwrap, useApi, useAuth, formatDate, QueryState, PagedTable, type Column } from '@aeo/web';
import { DaysLeft } from '../applications/DaysLeft';
import type { CaseSearch } from './case-search';
import { useSearchInRegion } from '../../shared/use-region-scope';

/** Validators (their region), regional offices and executives: open validation cases, report due first. */
export function CaseQueuePage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { caller } = useAuth();
  const search = useSearchInRegion(useSearch({ from: '/cases' }));
  const navigate = useNavigate({ from: '/cases' });
  const [q, setQ] = useState(search.q ?? '');
  const setSearch = (next: Partial<CaseSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...next }), replace: true });
  const queue = useQuery({
    queryKey: ['validation', 'case-queue', search],
    placeholderData: keepPreviousData,
    queryFn: () =>
      unwrap(
        api.validation.GET('/v1/case-queue', {
          params: {
            query: {
              purpose: search.purpose,
              statusType: search.statusType,
              region: search.region,
              q: search.q || undefined,
              overdue: search.overdue,
              sort: search.sort,
              order: search.order,
              page: String(search.page),
              pageSize: String(search.pageSize),
            },
          },
        }),
      ),
  });
  type Item = NonNullable<typeof queue.data>['items'][number];
  const columns: Column<Item, CaseSearch['sort']>[] = [
    {
      key: 'operator',
      header: t('cases.taxpayer'),
      sort: 'taxpayerId',
      cell: (item) => (
        <Anchor renderRoot={(props) => <Link {...props} to="/cases/$caseId" params={{ caseId: item.caseId }} />}>
          {item.taxpayerId ?? item.operatorId}
        </Anchor>
      ),
    },
    { key: 'region', header: t('queue.region'), cell: (item) => item.region },
    { key: 'statusType', header: t('queue.statusType'), cell: (item) => item.statusType ?? '—' },
    {
      key: 'purpose',
      header: t('cases.purpose'),
      cell: (item) => (
        <Badge variant="outline" className="badge-full">
          {t(`cases.purposes.${item.purpose}`)}
        </Badge>
      ),
    },
    { key: 'validator', header: t('cases.validator'), cell: (item) => item.assignedValidator ?? '—' },
    {
      key: 'opened',
      header: t('cases.openedAt'),
      sort: 'openedAt',
      cell: (item) => formatDate(item.openedAt, i18n.language),
    },
    {
      key: 'due',
      header: t('cases.reportDue'),
      sort: 'dueAt',
      cell: (item) => formatDate(item.deadline.dueAt, i18n.language),
    },
    {
      key: 'daysLeft',
      header: t('queue.daysLeftColumn'),
      cell: (item) => <DaysLeft daysLeft={item.deadline.daysLeft} overdue={item.deadline.overdue} />,
    },
  ];
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('cases.title')}</Title>
        <Text c="gray.7">{caller?.region ? t('app.region', { region: caller.region }) : t('app.national')}</Text>
      </Group>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={t('cases.taxpayer')}
          value={q}
          onChange={(event) => setQ(event.currentTarget.value)}
          onKeyDown={(event) => event.key === 'Enter' && setSearch({ q: q.trim() || undefined, page: 1 })}
          onBlur={() => setSearch({ q: q.trim() || undefined, page: 1 })}
          w={220}
        />
        <Select
          label={t('cases.purpose')}
          data={[
            { value: '', label: t('queue.all') },
            ...(['certification', 'revalidation'] as const).map((value) => ({
              value,
              label: t(`cases.purposes.${value}`),
            })),
          ]}
          value={search.purpose ?? ''}
          onChange={(value) => setSearch({ purpose: (value || undefined) as CaseSearch['purpose'], page: 1 })}
          allowDeselect={false}
          w={200}
        />
        <Select
          label={t('queue.statusType')}
          data={[
            { value: '', label: t('queue.all') },
            ...['AEOC', 'AEOS', 'AEOF'].map((value) => ({ value, label: value })),
          ]}
          value={search.statusType ?? ''}
          onChange={(value) => setSearch({ statusType: (value || undefined) as CaseSearch['statusType'], page: 1 })}
          allowDeselect={false}
          w={140}
        />
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
            label={t('cases.title')}
            columns={columns}
            items={page.items}
            total={page.total}
            state={search}
            onChange={(next) => setSearch(next)}
            rowKey={(item) => item.caseId}
            empty={t('cases.empty')}
          />
        )}
      </QueryState>
    </Stack>
  );
}
