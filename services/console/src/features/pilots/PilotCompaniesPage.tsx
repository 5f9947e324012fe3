import { Group, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate, useRouter, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import {
  unwrap,
  useApi,
  useAuth,
  hasAnyRole,
  ROLES,
  type Caller,
  formatDate,
  QueryState,
  PagedTable,
  type Column,
} from '@aeo/web';
import { useSearchInRegion } from '../../shared/use-region-scope';
import type { CompanySearch } from './pilot-search';
import { PILOT_PILL } from './PilotsPage';

/** Whether the list shows only the caller's own companies: a contact officer's by default. */
export const onlyMine = (caller: Caller | undefined, search: CompanySearch) =>
  search.unassigned !== 'true' && (search.mine ? search.mine === 'true' : hasAnyRole(caller, [ROLES.contactOfficer]));

function fetchCompanies(api: ReturnType<typeof useApi>, search: CompanySearch, mine: boolean) {
  return unwrap(
    api.programme.GET('/v1/pilot-companies', {
      params: {
        query: {
          contactOfficer: search.unassigned === 'true' ? 'none' : mine ? 'me' : undefined,
          pilotId: search.pilotId,
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
type CompanyItem = Awaited<ReturnType<typeof fetchCompanies>>['items'][number];

/**
 * The companies taking part in the pilots with their contact officer: a contact officer's own
 * ("my pilot companies") by default, paged and sorted on the server; regional staff see their region's.
 */
export function PilotCompaniesPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { caller } = useAuth();
  const router = useRouter();
  const search = useSearchInRegion(useSearch({ from: '/pilots/companies' }));
  const navigate = useNavigate({ from: '/pilots/companies' });
  const setSearch = (next: Partial<CompanySearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...next }), replace: true });
  const mine = onlyMine(caller, search);
  // A pilot's own page is for those who read pilots (a contact officer reads its companies only).
  const readsPilots = hasAnyRole(caller, [ROLES.policyUnit, ROLES.executive, ROLES.regionalOffice]);
  const companies = useQuery({
    queryKey: ['programme', 'pilot-companies', search, mine],
    queryFn: () => fetchCompanies(api, search, mine),
    placeholderData: keepPreviousData,
  });

  const columns: Column<CompanyItem, CompanySearch['sort']>[] = [
    {
      key: 'company',
      header: t('pilots.companies.company'),
      sort: 'taxpayerId',
      cell: (item) => (
        <>
          <span>{item.companyName ?? item.taxpayerId}</span>
          <span className="cell-sub">{item.taxpayerId}</span>
        </>
      ),
    },
    {
      key: 'pilot',
      header: t('pilots.companies.pilot'),
      sort: 'pilotCode',
      cell: (item) => (
        <>
          {readsPilots ? (
            <a
              href={`/pilots/${item.pilotId}`}
              className="table-link"
              onClick={(event) => {
                if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
                event.preventDefault();
                void router.navigate({ to: '/pilots/$id', params: { id: item.pilotId } });
              }}
            >
              {item.pilotCode}
            </a>
          ) : (
            <span>{item.pilotCode}</span>
          )}
          <span className="cell-sub">{item.pilotTitle}</span>
        </>
      ),
    },
    {
      key: 'status',
      header: t('pilots.status'),
      cell: (item) => (
        <span className={`pill ${PILOT_PILL[item.pilotStatus] ?? 'pill-neutral'}`}>
          {t(`pilots.statuses.${item.pilotStatus}`, { defaultValue: item.pilotStatus })}
        </span>
      ),
    },
    { key: 'region', header: t('pilots.companies.region'), cell: (item) => item.region },
    {
      key: 'officer',
      header: t('pilots.companies.officer'),
      cell: (item) =>
        item.officerSub ? (
          (item.officerName ?? item.officerSub)
        ) : (
          <span className="pill pill-warn">{t('pilots.companies.noOfficer')}</span>
        ),
    },
    {
      key: 'assigned',
      header: t('pilots.companies.assignedAt'),
      sort: 'assignedAt',
      cell: (item) => (item.assignedAt ? formatDate(item.assignedAt, i18n.language) : '—'),
    },
    { key: 'reason', header: t('pilots.companies.reason'), cell: (item) => item.reason ?? '—' },
  ];

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{mine ? t('pilots.companies.mineTitle') : t('pilots.companies.title')}</Title>
        <Text c="gray.7">{caller?.region ? t('app.region', { region: caller.region }) : t('app.national')}</Text>
      </Group>
      <Group align="flex-end" wrap="wrap">
        <Switch
          label={t('pilots.companies.mine')}
          checked={mine}
          onChange={(event) =>
            setSearch({ mine: event.currentTarget.checked ? 'true' : 'false', unassigned: undefined, page: 1 })
          }
          mb={8}
        />
        {readsPilots && (
          <Switch
            label={t('pilots.companies.unassigned')}
            checked={search.unassigned === 'true'}
            onChange={(event) =>
              setSearch({ unassigned: event.currentTarget.checked ? 'true' : undefined, mine: undefined, page: 1 })
            }
            mb={8}
          />
        )}
        {!caller?.region && (
          <TextInput
            label={t('pilots.companies.region')}
            defaultValue={search.region ?? ''}
            onBlur={(event) => {
              const region = event.currentTarget.value.trim().toUpperCase();
              setSearch({ region: /^[A-Z][A-Z0-9_]{1,39}$/.test(region) ? region : undefined, page: 1 });
            }}
            w={200}
          />
        )}
      </Group>
      <QueryState query={companies}>
        {(page) => (
          <PagedTable
            label={mine ? t('pilots.companies.mineTitle') : t('pilots.companies.title')}
            columns={columns}
            items={page.items}
            total={page.total}
            state={search}
            onChange={(next) => setSearch(next)}
            rowKey={(item) => `${item.pilotId}:${item.taxpayerId}`}
            empty={mine ? t('pilots.companies.emptyMine') : t('pilots.companies.empty')}
          />
        )}
      </QueryState>
    </Stack>
  );
}
