import { useState, type FormEvent } from 'react';
import { Anchor, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { type ApplicationsComponents, formatDate, QueryState, searchText, unwrap, useApi } from '@aeo/web';
import { RegisterStatus } from './RegisterStatus';

type PublicEntry = ApplicationsComponents['schemas']['PublicEntryDto_Output'];

/**
 * The entries of a search's answer: a list, or a page of them (`items`), as the service answers
 * once it pages on the server (its first page, sent without paging parameters, is shown).
 */
const entriesOf = (answer: PublicEntry[] | { items: PublicEntry[] }): PublicEntry[] =>
  Array.isArray(answer) ? answer : answer.items;

/** The search in the URL (`?q=`): a name of 2 to 100 characters, else the whole register. */
export const registerSearchSchema = z.object({ q: searchText(100) });

/** The public AEO register (no sign-in): published authorisations in force, searched by the holder's name. */
export function RegisterSearchPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { q } = useSearch({ from: '/register' });
  const navigate = useNavigate({ from: '/register' });
  const [text, setText] = useState(q ?? '');
  const name = q && q.length >= 2 ? q : undefined;
  const query = useQuery({
    queryKey: ['public-register', name],
    queryFn: async () =>
      entriesOf(await unwrap(api.applications.GET('/v1/public/register', { params: { query: { name } } }))),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void navigate({ search: { q: text.trim() || undefined } });
  };
  const tooShort = text.trim().length === 1;
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
          <Button type="submit" disabled={tooShort}>
            {t('register.find')}
          </Button>
        </Group>
      </form>
      <QueryState query={query}>
        {(entries) =>
          entries.length === 0 ? (
            <Text data-testid="register-empty">{t('register.none')}</Text>
          ) : (
            <Stack gap="xs">
              <Text size="sm" role="status">
                {t('register.count', { count: entries.length })}
              </Text>
              <div className="data-table-scroll">
                <Table className="data-table" data-testid="register-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('register.number')}</Table.Th>
                      <Table.Th>{t('register.name')}</Table.Th>
                      <Table.Th>{t('register.city')}</Table.Th>
                      <Table.Th>{t('register.statusType')}</Table.Th>
                      <Table.Th>{t('register.status')}</Table.Th>
                      <Table.Th>{t('register.effectiveFrom')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {entries.map((entry) => (
                      <Table.Tr key={entry.authorisationNumber}>
                        <Table.Td>
                          <Anchor
                            className="table-link"
                            renderRoot={(props) => (
                              <Link
                                {...props}
                                to="/register/$authorisationNumber"
                                params={{ authorisationNumber: entry.authorisationNumber }}
                              />
                            )}
                          >
                            {entry.authorisationNumber}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{entry.name ?? t('register.notPublished')}</Table.Td>
                        <Table.Td>{entry.city ?? t('register.notPublished')}</Table.Td>
                        <Table.Td>{entry.statusType ?? '—'}</Table.Td>
                        <Table.Td>
                          <RegisterStatus status={entry.status} />
                        </Table.Td>
                        <Table.Td>{formatDate(entry.effectiveFrom, i18n.language)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </div>
            </Stack>
          )
        }
      </QueryState>
    </Stack>
  );
}
