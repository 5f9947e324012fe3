import { useState, type FormEvent } from 'react';
import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  ApiError,
  type ApplicationsComponents,
  type Column,
  formatDate,
  PagedTable,
  QueryState,
  searchText,
  unwrap,
  useApi,
} from '@aeo/web';
import { RegisterStatus } from './RegisterStatus';

type PublicEntry = ApplicationsComponents['schemas']['PublicEntryDto_Output'];

/**
 * The search, page and sort in the URL (a reload or a shared link shows the same page): a part of
 * the holder's name (2 to 100 characters) or its taxpayer id (exactly), else the whole register.
 */
export const registerSearchSchema = z.object({
  q: searchText(100),
  taxpayerId: searchText(32),
  order: z.enum(['asc', 'desc']).default('asc').catch('asc'),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25).catch(25),
});
type RegisterSearch = z.infer<typeof registerSearchSchema>;

/** The public AEO register (no sign-in): published authorisations in force, paged on the server. */
export function RegisterSearchPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  // The router validates it too; read through the schema here so that every field has its default.
  const search = registerSearchSchema.parse(useSearch({ from: '/register' }));
  const navigate = useNavigate({ from: '/register' });
  const [text, setText] = useState(search.q ?? '');
  const [taxpayerId, setTaxpayerId] = useState(search.taxpayerId ?? '');
  const name = search.q && search.q.length >= 2 ? search.q : undefined;
  const setSearch = (next: Partial<RegisterSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...next }), replace: true });
  const query = useQuery({
    queryKey: ['public-register', name, search.taxpayerId, search.order, search.page, search.pageSize],
    queryFn: () =>
      unwrap(
        api.applications.GET('/v1/public/register', {
          params: {
            query: {
              name,
              taxpayerId: search.taxpayerId,
              sort: 'authorisationNumber',
              order: search.order,
              page: String(search.page),
              pageSize: String(search.pageSize),
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void navigate({
      search: (previous) => ({
        ...previous,
        q: text.trim() || undefined,
        taxpayerId: taxpayerId.trim() || undefined,
        page: 1,
      }),
    });
  };
  const tooShort = text.trim().length === 1;
  // The programme's taxpayer id format is the service's configuration: an id it refuses (a part of
  // one, letters) is said at the field, in the page's words, not as the service's error.
  const taxpayerIdRefused =
    query.error instanceof ApiError && query.error.status === 400 && 'taxpayerId' in query.error.fieldErrors;
  const columns: Column<PublicEntry, 'authorisationNumber'>[] = [
    {
      key: 'number',
      header: t('register.number'),
      sort: 'authorisationNumber',
      cell: (entry) => (
        <Link
          className="table-link"
          to="/register/$authorisationNumber"
          params={{ authorisationNumber: entry.authorisationNumber }}
        >
          {entry.authorisationNumber}
        </Link>
      ),
    },
    { key: 'name', header: t('register.name'), cell: (entry) => entry.name ?? t('register.notPublished') },
    { key: 'city', header: t('register.city'), cell: (entry) => entry.city ?? t('register.notPublished') },
    { key: 'statusType', header: t('register.statusType'), cell: (entry) => entry.statusType ?? '—' },
    { key: 'status', header: t('register.status'), cell: (entry) => <RegisterStatus status={entry.status} /> },
    {
      key: 'effectiveFrom',
      header: t('register.effectiveFrom'),
      cell: (entry) => formatDate(entry.effectiveFrom, i18n.language),
    },
  ];
  return (
    <Stack>
      <Title order={2}>{t('register.title')}</Title>
      <Text>{t('register.intro')}</Text>
      <form onSubmit={submit} role="search">
        <Group align="flex-end">
          <TextInput
            label={t('register.search')}
            description={t('register.searchHint')}
            value={text}
            maxLength={100}
            onChange={(event) => setText(event.currentTarget.value)}
            error={tooShort ? t('register.searchHint') : undefined}
            data-testid="register-search"
          />
          <TextInput
            label={t('register.taxpayerId')}
            description={t('register.taxpayerIdHint')}
            value={taxpayerId}
            maxLength={32}
            onChange={(event) => setTaxpayerId(event.currentTarget.value)}
            error={taxpayerIdRefused ? t('register.taxpayerIdRefused') : undefined}
            data-testid="register-taxpayer-id"
          />
          <Button type="submit" disabled={tooShort}>
            {t('register.find')}
          </Button>
        </Group>
      </form>
      {taxpayerIdRefused ? (
        <Text data-testid="register-empty">{t('register.none')}</Text>
      ) : (
        <QueryState query={query}>
          {(page) =>
            page.total === 0 ? (
              <Text data-testid="register-empty">{t('register.none')}</Text>
            ) : (
              <div data-testid="register-table">
                <PagedTable
                  label={t('register.title')}
                  columns={columns}
                  items={page.items}
                  total={page.total}
                  state={{
                    page: search.page,
                    pageSize: search.pageSize,
                    sort: 'authorisationNumber',
                    order: search.order,
                  }}
                  onChange={(next) => setSearch({ page: next.page, pageSize: next.pageSize, order: next.order })}
                  rowKey={(entry) => entry.authorisationNumber}
                  empty={t('register.none')}
                />
              </div>
            )
          }
        </QueryState>
      )}
    </Stack>
  );
}
