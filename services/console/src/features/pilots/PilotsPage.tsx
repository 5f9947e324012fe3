import { Anchor, Group, Select, Stack, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useRouter, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { unwrap, useApi, formatDate, QueryState, PagedTable, type Column } from '@aeo/web';
import { PILOT_STATUSES, type PilotSearch } from './pilot-search';

/** Each pilot status's pill (AA contrast: styles.css). */
export const PILOT_PILL: Record<string, string> = {
  planned: 'pill-info',
  running: 'pill-good',
  ended: 'pill-warn',
  reported: 'pill-warn',
  closed: 'pill-neutral',
  cancelled: 'pill-neutral',
};

function fetchPilots(api: ReturnType<typeof useApi>, search: PilotSearch) {
  return unwrap(
    api.programme.GET('/v1/pilot-overview', {
      params: {
        query: {
          status: search.status === 'all' ? undefined : search.status,
          sort: search.sort,
          order: search.order,
          page: String(search.page),
          pageSize: String(search.pageSize),
        },
      },
    }),
  );
}
type PilotItem = Awaited<ReturnType<typeof fetchPilots>>['items'][number];

/**
 * The programme's pilots (national), latest start first, paged and sorted on the server and
 * narrowed by status: their code, title, time frame and size. A pilot opens with its objectives,
 * milestones and companies.
 */
export function PilotsPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const router = useRouter();
  const search = useSearch({ from: '/pilots' });
  const navigate = useNavigate({ from: '/pilots' });
  const setSearch = (next: Partial<PilotSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...next }), replace: true });
  const pilots = useQuery({
    queryKey: ['programme', 'pilot-overview', search],
    queryFn: () => fetchPilots(api, search),
    placeholderData: keepPreviousData,
  });
  const columns: Column<PilotItem, PilotSearch['sort']>[] = [
    {
      key: 'code',
      header: t('pilots.code'),
      sort: 'code',
      cell: (item) => (
        <a
          href={`/pilots/${item.id}`}
          className="table-link"
          onClick={(event) => {
            if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
            event.preventDefault();
            void router.navigate({ to: '/pilots/$id', params: { id: item.id } });
          }}
        >
          {item.code}
        </a>
      ),
    },
    { key: 'title', header: t('pilots.pilotTitle'), cell: (item) => item.title },
    {
      key: 'status',
      header: t('pilots.status'),
      cell: (item) => <span className={`pill ${PILOT_PILL[item.status]}`}>{t(`pilots.statuses.${item.status}`)}</span>,
    },
    {
      key: 'frame',
      header: t('pilots.frame'),
      sort: 'startsOn',
      cell: (item) => `${formatDate(item.startsOn, i18n.language)} – ${formatDate(item.endsOn, i18n.language)}`,
    },
    { key: 'max', header: t('pilots.maxCompanies'), cell: (item) => item.maxCompanies },
    {
      key: 'created',
      header: t('pilots.createdAt'),
      sort: 'createdAt',
      cell: (item) => formatDate(item.createdAt, i18n.language),
    },
  ];
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('pilots.title')}</Title>
        <Anchor component={Link} to="/pilots/companies">
          {t('pilots.companies.title')} →
        </Anchor>
      </Group>
      <Select
        label={t('pilots.status')}
        data={[
          { value: 'all', label: t('pilots.all') },
          ...PILOT_STATUSES.map((value) => ({ value, label: t(`pilots.statuses.${value}`) })),
        ]}
        value={search.status}
        onChange={(value) => value && setSearch({ status: value as PilotSearch['status'], page: 1 })}
        allowDeselect={false}
        w={220}
      />
      <QueryState query={pilots}>
        {(page) => (
          <PagedTable
            label={t('pilots.title')}
            columns={columns}
            items={page.items}
            total={page.total}
            state={search}
            onChange={(next) => setSearch(next)}
            rowKey={(item) => item.id}
            empty={t('pilots.empty')}
          />
        )}
      </QueryState>
    </Stack>
  );
}
