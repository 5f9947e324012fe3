import { Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate, useRouter, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { unwrap, useApi, useAuth, formatDate, QueryState, PagedTable, type Column } from '@aeo/web';
import { DEVIATION_PHASES, type DeviationSearch } from './policy-search';
import { PHASE_PILL, scopeLabel } from './deviation-words';
import { useSearchInRegion } from '../../shared/use-region-scope';

function fetchCases(api: ReturnType<typeof useApi>, search: DeviationSearch) {
  return unwrap(
    api.programme.GET('/v1/deviation-cases', {
      params: {
        query: {
          status: search.status === 'all' ? undefined : search.status,
          kpiId: search.kpiId,
          region: search.region,
          sort: search.sort,
          order: search.order,
          page: String(search.page),
          pageSize: String(search.pageSize),
        },
      },
    }),
  );
}
type CaseItem = Awaited<ReturnType<typeof fetchCases>>['items'][number];

/**
 * The deviation cases of the programme's quality monitoring: open ones first by default, newest
 * first, paged on the server; a regional office sees its region's.
 */
export function DeviationsPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { caller } = useAuth();
  const router = useRouter();
  const search = useSearchInRegion(useSearch({ from: '/policy/deviations' }));
  const navigate = useNavigate({ from: '/policy/deviations' });
  const setSearch = (next: Partial<DeviationSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...next }), replace: true });
  const cases = useQuery({
    queryKey: ['programme', 'deviation-cases', search],
    queryFn: () => fetchCases(api, search),
    placeholderData: keepPreviousData,
  });

  const columns: Column<CaseItem, DeviationSearch['sort']>[] = [
    {
      key: 'kpi',
      header: t('policy.deviations.kpi'),
      cell: (item) => (
        <a
          href={`/policy/deviations/${item.caseId}`}
          className="table-link"
          onClick={(event) => {
            if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
            event.preventDefault();
            void router.navigate({ to: '/policy/deviations/$caseId', params: { caseId: item.caseId } });
          }}
        >
          {item.kpiId}
        </a>
      ),
    },
    { key: 'period', header: t('policy.deviations.period'), sort: 'period', cell: (item) => item.period },
    {
      key: 'scope',
      header: t('policy.deviations.scope'),
      cell: (item) => `${scopeLabel(t, item.scope)}${item.statusType ? ` · ${item.statusType}` : ''}`,
    },
    {
      key: 'value',
      header: t('policy.deviations.value'),
      cell: (item) =>
        `${item.value} (${t(`policy.deviations.bound.${item.threshold.bound}`, { limit: item.threshold.limit })})`,
    },
    {
      key: 'phase',
      header: t('policy.deviations.phase'),
      cell: (item) => (
        <span className={`pill ${PHASE_PILL[item.phase]}`}>
          {t(`policy.deviations.phases.${item.phase}`)}
          {item.outcome ? ` · ${t(`policy.deviations.outcomes.${item.outcome}`)}` : ''}
        </span>
      ),
    },
    { key: 'owner', header: t('policy.deviations.owner'), cell: (item) => item.owner ?? '—' },
    {
      key: 'opened',
      header: t('policy.deviations.openedAt'),
      sort: 'openedAt',
      cell: (item) => formatDate(item.openedAt, i18n.language),
    },
    {
      key: 'updated',
      header: t('policy.deviations.updatedAt'),
      sort: 'updatedAt',
      cell: (item) => formatDate(item.updatedAt, i18n.language, true),
    },
  ];

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('policy.deviations.title')}</Title>
        <Text c="gray.7">{caller?.region ? t('app.region', { region: caller.region }) : t('app.national')}</Text>
      </Group>
      <Group align="flex-end" wrap="wrap">
        <Select
          label={t('policy.deviations.status')}
          data={[
            { value: 'open', label: t('policy.deviations.statuses.open') },
            ...DEVIATION_PHASES.map((value) => ({ value, label: t(`policy.deviations.phases.${value}`) })),
            { value: 'all', label: t('policy.deviations.statuses.all') },
          ]}
          value={search.status}
          onChange={(value) => value && setSearch({ status: value as DeviationSearch['status'], page: 1 })}
          allowDeselect={false}
          w={320}
        />
        <TextInput
          label={t('policy.deviations.kpi')}
          placeholder={t('policy.deviations.kpiPlaceholder')}
          defaultValue={search.kpiId ?? ''}
          onBlur={(event) => {
            const kpiId = event.currentTarget.value.trim().toLowerCase();
            setSearch({ kpiId: /^[a-z0-9-]{1,64}$/.test(kpiId) ? kpiId : undefined, page: 1 });
          }}
          w={320}
        />
        {!caller?.region && (
          <TextInput
            label={t('policy.deviations.region')}
            placeholder={t('policy.deviations.regionHint')}
            defaultValue={search.region ?? ''}
            onBlur={(event) => {
              const region = event.currentTarget.value.trim().toUpperCase();
              setSearch({ region: /^[A-Z][A-Z0-9_]{1,39}$/.test(region) ? region : undefined, page: 1 });
            }}
            w={220}
          />
        )}
      </Group>
      <QueryState query={cases}>
        {(page) => (
          <PagedTable
            label={t('policy.deviations.title')}
            columns={columns}
            items={page.items}
            total={page.total}
            state={search}
            onChange={(next) => setSearch(next)}
            rowKey={(item) => item.caseId}
            empty={t('policy.deviations.empty')}
          />
        )}
      </QueryState>
    </Stack>
  );
}
