import { useState } from 'react';
import { Group, Select, Stack, Tabs, Text, TextInput, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate, useRouter, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import {
  unwrap,
  useApi,
  useAuth,
  hasAnyRole,
  ROLES,
  formatDate,
  QueryState,
  useProgrammeZone,
  PagedTable,
  type Column,
} from '@aeo/web';
import { daysLeftPill } from '../applications/DaysLeft';
import { PENDING_KINDS, REGISTER_STATUSES, type RegisterSearch, STATUS_PILL } from './register-search';
import { useSearchInRegion } from '../../shared/use-region-scope';

const NO_WRAP = { whiteSpace: 'nowrap' } as const;
type RegisterPage = Awaited<ReturnType<typeof fetchRegister>>;
type RegisterItem = RegisterPage['items'][number];

function fetchRegister(api: ReturnType<typeof useApi>, search: RegisterSearch) {
  return unwrap(
    api.applications.GET('/v1/authorisation-queue', {
      params: {
        query: {
          status: search.status,
          pending: search.pending,
          toDecide: search.toDecide ? 'true' : undefined,
          region: search.region,
          statusType: search.statusType,
          q: search.q?.trim() || undefined,
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
 * The AEO register as customs staff work it: the region's authorisations (executives: every
 * region's) with their next revalidation and the step each waits for; the executive's tab shows
 * the hearings, suspensions and revocations waiting for a decision.
 */
export function AuthorisationListPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { caller } = useAuth();
  const search = useSearchInRegion(useSearch({ from: '/authorisations' }));
  const navigate = useNavigate({ from: '/authorisations' });
  const router = useRouter();
  const [q, setQ] = useState(search.q ?? '');
  const setSearch = (next: Partial<RegisterSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...next }), replace: true });
  const decides = hasAnyRole(caller, [ROLES.executive]);
  // The To decide tab is the executive's: in anyone else's link it is ignored (they have no tab to clear it).
  const toDecide = decides && search.toDecide === true;
  const query = { ...search, toDecide: toDecide || undefined };
  // Due dates are days of the programme's zone, as the API counts their days left.
  const { zone, zoneName } = useProgrammeZone();

  const register = useQuery({
    queryKey: ['authorisations', 'queue', query],
    queryFn: () => fetchRegister(api, query),
    placeholderData: keepPreviousData,
  });

  const columns: Column<RegisterItem, RegisterSearch['sort']>[] = [
    {
      key: 'number',
      header: t('register.list.number'),
      sort: 'authorisationNumber',
      cell: (item) => (
        <a
          href={`/authorisations/${encodeURIComponent(item.authorisationNumber)}`}
          className="table-link"
          onClick={(event) => {
            if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
            event.preventDefault();
            void router.navigate({
              to: '/authorisations/$authorisationNumber',
              params: { authorisationNumber: item.authorisationNumber },
            });
          }}
        >
          <span style={NO_WRAP}>{item.authorisationNumber}</span>
        </a>
      ),
    },
    {
      key: 'holder',
      header: t('register.list.holder'),
      sort: 'name',
      cell: (item) => (
        <>
          {item.name}
          <span className="cell-sub">{item.taxpayerId}</span>
        </>
      ),
    },
    // Regional staff see their own region only: the column would repeat it on every row.
    ...(caller?.region
      ? []
      : [{ key: 'region', header: t('register.list.region'), cell: (item: RegisterItem) => item.region }]),
    { key: 'statusType', header: t('register.list.statusType'), cell: (item) => item.statusType },
    {
      key: 'status',
      header: t('register.list.status'),
      cell: (item) => <span className={STATUS_PILL[item.status]}>{t(`register.status.${item.status}`)}</span>,
    },
    {
      key: 'pending',
      header: t('register.list.pending'),
      cell: (item) =>
        item.pending ? (
          <>
            {t(`register.pending.${item.pending.kind}`)}
            {item.pending.daysLeft !== null && (
              <span className="cell-sub">{daysLeftPill(t, item.pending.daysLeft, item.pending.overdue)}</span>
            )}
          </>
        ) : (
          t('register.list.nothingPending')
        ),
    },
    {
      key: 'granted',
      header: t('register.list.granted'),
      sort: 'decidedAt',
      cell: (item) => <span style={NO_WRAP}>{formatDate(item.decidedAt, i18n.language, false, zone)}</span>,
    },
    {
      key: 'revalidationDue',
      header: t('register.list.revalidationDue'),
      sort: 'revalidationDue',
      cell: (item) =>
        item.revalidation ? (
          <span style={NO_WRAP}>{formatDate(item.revalidation.dueAt, i18n.language, false, zone)}</span>
        ) : (
          '—'
        ),
    },
    {
      key: 'daysLeft',
      header: t('register.list.daysLeft'),
      cell: (item) =>
        item.revalidation ? daysLeftPill(t, item.revalidation.daysLeft, item.revalidation.overdue) : '—',
    },
  ];

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('register.list.title')}</Title>
        <Text c="gray.7">{caller?.region ? t('app.region', { region: caller.region }) : t('app.national')}</Text>
      </Group>
      {decides && (
        <Tabs
          value={toDecide ? 'toDecide' : 'all'}
          onChange={(value) =>
            setSearch({ toDecide: value === 'toDecide' ? true : undefined, pending: undefined, page: 1 })
          }
        >
          <Tabs.List>
            <Tabs.Tab value="all">{t('register.list.tabAll')}</Tabs.Tab>
            <Tabs.Tab value="toDecide" data-testid="tab-to-decide">
              {t('register.list.tabToDecide')}
            </Tabs.Tab>
          </Tabs.List>
        </Tabs>
      )}
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={t('register.list.search')}
          placeholder={t('register.list.searchPlaceholder')}
          value={q}
          onChange={(event) => setQ(event.currentTarget.value)}
          onKeyDown={(event) => event.key === 'Enter' && setSearch({ q: q.trim() || undefined, page: 1 })}
          onBlur={() => setSearch({ q: q.trim() || undefined, page: 1 })}
          w={320}
        />
        <Select
          label={t('register.list.status')}
          data={[
            { value: '', label: t('register.list.all') },
            ...REGISTER_STATUSES.map((value) => ({ value, label: t(`register.status.${value}`) })),
          ]}
          value={search.status ?? ''}
          onChange={(value) => setSearch({ status: (value || undefined) as RegisterSearch['status'], page: 1 })}
          allowDeselect={false}
          w={180}
        />
        {!toDecide && (
          <Select
            label={t('register.list.pending')}
            data={[
              { value: '', label: t('register.list.all') },
              ...PENDING_KINDS.map((value) => ({ value, label: t(`register.pending.${value}`) })),
            ]}
            value={search.pending ?? ''}
            onChange={(value) => setSearch({ pending: (value || undefined) as RegisterSearch['pending'], page: 1 })}
            allowDeselect={false}
            w={260}
          />
        )}
        <Select
          label={t('register.list.statusType')}
          data={[
            { value: '', label: t('register.list.all') },
            ...['AEOC', 'AEOS', 'AEOF'].map((value) => ({ value, label: value })),
          ]}
          value={search.statusType ?? ''}
          onChange={(value) => setSearch({ statusType: (value || undefined) as RegisterSearch['statusType'], page: 1 })}
          allowDeselect={false}
          w={140}
        />
        {!caller?.region && (
          <TextInput
            label={t('register.list.region')}
            defaultValue={search.region ?? ''}
            onBlur={(event) => {
              const region = event.currentTarget.value.trim().toUpperCase();
              setSearch({ region: /^[A-Z][A-Z0-9_]{1,39}$/.test(region) ? region : undefined, page: 1 });
            }}
            w={180}
          />
        )}
      </Group>
      <QueryState query={register}>
        {(page) => (
          <PagedTable
            label={toDecide ? t('register.list.tabToDecide') : t('register.list.title')}
            columns={columns}
            items={page.items}
            total={page.total}
            state={search}
            onChange={(next) => setSearch(next)}
            rowKey={(item) => item.authorisationNumber}
            empty={toDecide ? t('register.list.emptyToDecide') : t('register.list.empty')}
          />
        )}
      </QueryState>
      <Text size="xs" c="gray.7">
        {t('register.list.datesInZone', { zone: zoneName })}
      </Text>
    </Stack>
  );
}
