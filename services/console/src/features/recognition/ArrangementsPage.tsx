import { useState } from 'react';
import { Button, Group, NumberInput, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useRouter, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import {
  unwrap,
  useApi,
  checkRequest,
  useAuth,
  hasAnyRole,
  ROLES,
  ActionDialog,
  formatDate,
  useProgrammeZone,
  QueryState,
  PagedTable,
  type Column,
} from '@aeo/web';
import type { MraComponents as components } from '@aeo/web';
import { CountryCodeInput } from './CountryCodeInput';
import { ALL_PHASES, phaseLabel, statusPill, stepLabel } from './phases';
import type { ArrangementSearch } from './recognition-search';

type NewArrangement = components['schemas']['NewArrangementDto'];

function fetchArrangements(api: ReturnType<typeof useApi>, search: ArrangementSearch) {
  return unwrap(
    api.mra.GET('/v1/arrangement-overview', {
      params: {
        query: {
          phase: search.phase,
          status: search.status,
          partnerCountry: search.partnerCountry,
          q: search.q || undefined,
          sort: search.sort,
          order: search.order,
          page: String(search.page),
          pageSize: String(search.pageSize),
        },
      },
    }),
  );
}
type Item = Awaited<ReturnType<typeof fetchArrangements>>['items'][number];

/**
 * The mutual recognition arrangements with partner customs administrations (MRA officers and
 * executives): partner, phase, status and latest step, paged and sorted on the server; an MRA
 * officer starts a new one.
 */
export function ArrangementsPage() {
  const { t, i18n } = useTranslation();
  const { zone, zoneName } = useProgrammeZone();
  const api = useApi();
  const { caller } = useAuth();
  const queryClient = useQueryClient();
  const search = useSearch({ from: '/recognition/arrangements' });
  const navigate = useNavigate({ from: '/recognition/arrangements' });
  const router = useRouter();
  const [q, setQ] = useState(search.q ?? '');
  const [creating, setCreating] = useState(false);
  const emptyDraft = { partnerCountry: '', partnerAdministration: '', title: '', reviewIntervalMonths: 36 };
  const [draft, setDraft] = useState(emptyDraft);
  const setSearch = (next: Partial<ArrangementSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...next }), replace: true });

  const arrangements = useQuery({
    queryKey: ['mra', 'arrangements', search],
    queryFn: () => fetchArrangements(api, search),
    placeholderData: keepPreviousData,
  });
  const open = (id: string) =>
    void router.navigate({ to: '/recognition/arrangements/$arrangementId', params: { arrangementId: id } });

  const columns: Column<Item, ArrangementSearch['sort']>[] = [
    {
      key: 'partner',
      header: t('recognition.list.partner'),
      sort: 'partnerCountry',
      cell: (item) => (
        <>
          <a
            href={`/recognition/arrangements/${item.id}`}
            className="table-link"
            onClick={(event) => {
              if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
              event.preventDefault();
              open(item.id);
            }}
          >
            {item.partnerAdministration}
          </a>
          <span className="cell-sub">
            {item.partnerCountry} · {item.title}
          </span>
        </>
      ),
    },
    {
      key: 'phase',
      header: t('recognition.list.phase'),
      sort: 'phase',
      cell: (item) => <span className="pill pill-info">{phaseLabel(t, item.phase)}</span>,
    },
    {
      key: 'status',
      header: t('recognition.list.status'),
      cell: (item) => <span className={statusPill(item.status)}>{t(`recognition.statuses.${item.status}`)}</span>,
    },
    {
      key: 'lastActivity',
      header: t('recognition.list.lastActivity'),
      sort: 'lastActivityAt',
      cell: (item) => (
        <>
          {formatDate(item.lastActivityAt, i18n.language, true, zone)}
          <span className="cell-sub">{stepLabel(t, item.lastStep)}</span>
        </>
      ),
    },
    {
      key: 'created',
      header: t('recognition.list.created'),
      sort: 'createdAt',
      cell: (item) => formatDate(item.createdAt, i18n.language, false, zone),
    },
  ];

  const canCreate = hasAnyRole(caller, [ROLES.mraOfficer]);
  const all = { value: '', label: t('recognition.list.all') };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('recognition.list.title')}</Title>
        {canCreate && (
          <Button
            data-testid="create-arrangement"
            onClick={() => {
              setDraft(emptyDraft);
              setCreating(true);
            }}
          >
            {t('recognition.list.create')}
          </Button>
        )}
      </Group>
      <Text size="xs" c="gray.7" data-testid="dates-zone">
        {t('programmeZone.datesInZone', { zone: zoneName })}
      </Text>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={t('recognition.list.search')}
          placeholder={t('recognition.list.searchPlaceholder')}
          value={q}
          onChange={(event) => setQ(event.currentTarget.value)}
          onKeyDown={(event) => event.key === 'Enter' && setSearch({ q: q.trim() || undefined, page: 1 })}
          onBlur={() => setSearch({ q: q.trim() || undefined, page: 1 })}
          w={300}
        />
        <Select
          label={t('recognition.list.phase')}
          data={[all, ...ALL_PHASES.map((value) => ({ value, label: phaseLabel(t, value) }))]}
          value={search.phase ?? ''}
          onChange={(value) => setSearch({ phase: (value || undefined) as ArrangementSearch['phase'], page: 1 })}
          allowDeselect={false}
          w={230}
        />
        <Select
          label={t('recognition.list.status')}
          data={[
            all,
            ...(['active', 'suspended', 'terminated'] as const).map((value) => ({
              value,
              label: t(`recognition.statuses.${value}`),
            })),
          ]}
          value={search.status ?? ''}
          onChange={(value) => setSearch({ status: (value || undefined) as ArrangementSearch['status'], page: 1 })}
          allowDeselect={false}
          w={170}
        />
        <CountryCodeInput
          value={search.partnerCountry}
          onChange={(partnerCountry) => setSearch({ partnerCountry, page: 1 })}
        />
      </Group>
      <QueryState query={arrangements}>
        {(page) => (
          <PagedTable
            label={t('recognition.list.title')}
            columns={columns}
            items={page.items}
            total={page.total}
            state={search}
            onChange={(next) => setSearch(next)}
            rowKey={(item) => item.id}
            empty={t('recognition.list.empty')}
          />
        )}
      </QueryState>
      <ActionDialog
        opened={creating}
        onClose={() => setCreating(false)}
        title={t('recognition.create.title')}
        effect={t('recognition.create.effect')}
        submitLabel={t('recognition.create.submit')}
        onSubmit={async (key) => {
          const body: NewArrangement = {
            partnerCountry: draft.partnerCountry.trim().toUpperCase(),
            partnerAdministration: draft.partnerAdministration.trim(),
            title: draft.title.trim(),
            reviewIntervalMonths: draft.reviewIntervalMonths,
            // The service's default reminders, 90 and 30 days before a review.
            reminderDaysBefore: [90, 30],
          };
          checkRequest('mra', 'POST /v1/arrangements', body, t);
          const created = await unwrap(
            api.mra.POST('/v1/arrangements', { params: { header: { 'Idempotency-Key': key } }, body }),
          );
          await queryClient.invalidateQueries({ queryKey: ['mra', 'arrangements'] });
          open(created.id);
        }}
      >
        {(errors) => (
          <>
            <TextInput
              label={t('recognition.create.partnerCountry')}
              required
              maxLength={2}
              value={draft.partnerCountry}
              onChange={(event) => setDraft({ ...draft, partnerCountry: event.currentTarget.value })}
              error={errors['partnerCountry']}
              data-testid="partner-country"
            />
            <TextInput
              label={t('recognition.create.partnerAdministration')}
              required
              maxLength={300}
              value={draft.partnerAdministration}
              onChange={(event) => setDraft({ ...draft, partnerAdministration: event.currentTarget.value })}
              error={errors['partnerAdministration']}
              data-testid="partner-administration"
            />
            <TextInput
              label={t('recognition.create.arrangementTitle')}
              required
              maxLength={300}
              value={draft.title}
              onChange={(event) => setDraft({ ...draft, title: event.currentTarget.value })}
              error={errors['title']}
              data-testid="arrangement-title"
            />
            <NumberInput
              label={t('recognition.create.reviewIntervalMonths')}
              min={6}
              max={120}
              value={draft.reviewIntervalMonths}
              onChange={(value) => setDraft({ ...draft, reviewIntervalMonths: Number(value) })}
              error={errors['reviewIntervalMonths']}
            />
          </>
        )}
      </ActionDialog>
    </Stack>
  );
}
