import { Button, Card, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApiError, unwrap, useApi, formatDate, useProgrammeZone, QueryState, TableScroll } from '@aeo/web';
import type { ArrangementPageSearch } from './recognition-search';

const ROUTE = '/recognition/arrangements/$arrangementId';
const ENTRIES_PAGE = 50;
const DAY_MS = 86_400_000;

const entryPill = (status: string) =>
  status === 'active' ? 'pill pill-good' : status === 'suspended' ? 'pill pill-warn' : 'pill pill-neutral';

/** The match rate of declared foreign AEO ids over the last 30 days (every partner: the service counts them together). */
function MatchRate() {
  const { t } = useTranslation();
  const api = useApi();
  const rate = useQuery({
    queryKey: ['mra', 'match-rate'],
    queryFn: () => {
      // Whole days, so that the key and the answer stay the same for the day.
      const to = new Date(Math.ceil(Date.now() / DAY_MS) * DAY_MS);
      const from = new Date(to.getTime() - 30 * DAY_MS);
      return unwrap(
        api.mra.GET('/v1/foreign-ids/match-rate', {
          params: { query: { from: from.toISOString(), to: to.toISOString() } },
        }),
      );
    },
  });
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {t('recognition.lists.matchRate')}
      </Text>
      <QueryState query={rate}>
        {(answer) =>
          answer.rate === null ? (
            <Text size="sm" c="dimmed">
              {t('recognition.lists.matchRateNone')}
            </Text>
          ) : (
            <>
              <Text size="sm" data-testid="match-rate">
                {t('recognition.lists.matchRateValue', {
                  rate: `${Math.round(answer.rate * 1000) / 10}%`,
                  count: answer.declaredIds,
                })}
              </Text>
              <Text size="xs" c="dimmed">
                {t('recognition.lists.matchKinds', {
                  exact: answer.matchedExactly,
                  normalised: answer.matchedNormalised,
                  alias: answer.matchedByAlias,
                  unmatched: answer.unmatched,
                  ambiguous: answer.ambiguous,
                })}
              </Text>
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}

/**
 * The partner administration's AEO list under the arrangement: the imported versions (newest
 * first, with their issue time, signing key and changes), the current entries a page at a time
 * (the cursor and the status filter in the URL) and the match rate of declared foreign ids.
 */
export function PartnerListsPanel({ arrangementId }: { arrangementId: string }) {
  const { t, i18n } = useTranslation();
  const { zone } = useProgrammeZone();
  const api = useApi();
  const search = useSearch({ from: ROUTE });
  const navigate = useNavigate({ from: ROUTE });
  const setSearch = (next: Partial<ArrangementPageSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...next }), replace: true });
  const path = { arrangementId };
  const versions = useQuery({
    queryKey: ['mra', 'arrangement', arrangementId, 'partner-lists'],
    queryFn: () => unwrap(api.mra.GET('/v1/arrangements/{arrangementId}/partner-lists', { params: { path } })),
  });
  const entries = useQuery({
    queryKey: ['mra', 'arrangement', arrangementId, 'entries', search.entryStatus, search.after],
    placeholderData: keepPreviousData,
    queryFn: () =>
      unwrap(
        api.mra.GET('/v1/arrangements/{arrangementId}/partner-list-entries', {
          params: {
            path,
            query: { status: search.entryStatus, after: search.after ?? '', limit: String(ENTRIES_PAGE) },
          },
        }),
      ),
  });

  return (
    <Card withBorder>
      <Stack>
        <Title order={3}>{t('recognition.lists.title')}</Title>
        <MatchRate />
        <Title order={4}>{t('recognition.lists.versions')}</Title>
        <QueryState query={versions}>
          {(rows) =>
            rows.length === 0 ? (
              <Text c="dimmed">{t('recognition.lists.versionsEmpty')}</Text>
            ) : (
              <TableScroll label={t('recognition.lists.versions')} maxHeight={320}>
                <table className="data-table" aria-label={t('recognition.lists.versions')} data-testid="list-versions">
                  <thead>
                    <tr>
                      <th scope="col">{t('recognition.lists.version')}</th>
                      <th scope="col">{t('recognition.lists.issuedAt')}</th>
                      <th scope="col">{t('recognition.lists.rows')}</th>
                      <th scope="col">{t('recognition.lists.changes')}</th>
                      <th scope="col">{t('recognition.lists.kid')}</th>
                      <th scope="col">{t('recognition.lists.importedAt')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row) => (
                      <tr key={row.version}>
                        <td>
                          {row.version} <span className="cell-sub">{row.format.toUpperCase()}</span>
                        </td>
                        <td>{formatDate(row.issuedAt, i18n.language, true, zone)}</td>
                        <td>{row.rows}</td>
                        <td>
                          {row.counts.new} / {row.counts.changed} / {row.counts.suspended} / {row.counts.removed}
                        </td>
                        <td>
                          <code>{row.signatureKid}</code>
                        </td>
                        <td>
                          {formatDate(row.importedAt, i18n.language, true, zone)}
                          <span className="cell-sub">{row.importedBy}</span>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            )
          }
        </QueryState>
        <Group justify="space-between" align="flex-end">
          <Title order={4}>{t('recognition.lists.entries')}</Title>
          <Select
            label={t('recognition.lists.entryStatus')}
            data={[
              { value: '', label: t('recognition.list.all') },
              ...(['active', 'suspended', 'removed'] as const).map((value) => ({
                value,
                label: t(`recognition.lists.entryStatuses.${value}`),
              })),
            ]}
            value={search.entryStatus ?? ''}
            onChange={(value) =>
              setSearch({ entryStatus: (value || undefined) as ArrangementPageSearch['entryStatus'], after: undefined })
            }
            allowDeselect={false}
            w={180}
            size="xs"
          />
        </Group>
        <QueryState query={entries}>
          {(page) => (
            <>
              <TableScroll label={t('recognition.lists.entries')}>
                <table className="data-table" aria-label={t('recognition.lists.entries')} data-testid="list-entries">
                  <thead>
                    <tr>
                      <th scope="col">{t('recognition.lists.aeoId')}</th>
                      <th scope="col">{t('recognition.lists.name')}</th>
                      <th scope="col">{t('recognition.lists.statusType')}</th>
                      <th scope="col">{t('recognition.lists.entryStatus')}</th>
                      <th scope="col">{t('recognition.lists.validity')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {page.entries.length === 0 ? (
                      <tr>
                        <td colSpan={5} className="data-table-empty">
                          {t('recognition.lists.entriesEmpty')}
                        </td>
                      </tr>
                    ) : (
                      page.entries.map((entry) => (
                        <tr key={entry.aeoId}>
                          <td>
                            <code>{entry.aeoId}</code>
                          </td>
                          <td>
                            {entry.name}
                            <span className="cell-sub">
                              {[entry.address['city'], entry.address['country']].filter(Boolean).join(', ')}
                            </span>
                          </td>
                          <td>
                            {entry.statusType}
                            <span className="cell-sub">{entry.partnerStatusType}</span>
                          </td>
                          <td>
                            <span className={entryPill(entry.status)}>
                              {t(`recognition.lists.entryStatuses.${entry.status}`, { defaultValue: entry.status })}
                            </span>
                          </td>
                          <td>
                            {formatDate(entry.validFrom, i18n.language, false, zone)} –{' '}
                            {formatDate(entry.validUntil, i18n.language, false, zone)}
                          </td>
                        </tr>
                      ))
                    )}
                  </tbody>
                </table>
              </TableScroll>
              <Group justify="flex-end" gap="sm">
                <Button
                  size="xs"
                  variant="default"
                  disabled={!search.after}
                  onClick={() => setSearch({ after: undefined })}
                >
                  {t('recognition.lists.firstPage')}
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  disabled={!page.next}
                  onClick={() => setSearch({ after: page.next ?? undefined })}
                  data-testid="entries-next"
                >
                  {t('recognition.lists.nextPage')}
                </Button>
              </Group>
            </>
          )}
        </QueryState>
      </Stack>
    </Card>
  );
}

/** Our AEO list as last exported to the partner, with the id of the key that signed it (none before it is operational). */
export function ListExportPanel({ arrangementId }: { arrangementId: string }) {
  const { t, i18n } = useTranslation();
  const { zone } = useProgrammeZone();
  const api = useApi();
  const latest = useQuery({
    queryKey: ['mra', 'arrangement', arrangementId, 'list-export'],
    queryFn: async () => {
      try {
        return await unwrap(
          api.mra.GET('/v1/arrangements/{arrangementId}/list-exports/latest', {
            params: { path: { arrangementId } },
          }),
        );
      } catch (error) {
        // None exported yet (404), or not operational (409): said as such, not as a failure.
        if (error instanceof ApiError && (error.status === 404 || error.status === 409)) return null;
        throw error;
      }
    },
  });
  return (
    <Card withBorder>
      <Title order={3} mb="sm">
        {t('recognition.exports.title')}
      </Title>
      <QueryState query={latest}>
        {(answer) =>
          answer ? (
            <SimpleGrid cols={{ base: 1, sm: 3 }} data-testid="list-export">
              <div>
                <Text size="xs" c="dimmed">
                  {t('recognition.exports.latest')}
                </Text>
                <Text size="sm">
                  {t('recognition.exports.version', { version: answer.version })} ·{' '}
                  {t('recognition.exports.entries', { count: answer.entries })}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('recognition.exports.delta', answer.delta)}
                </Text>
                {answer.withheld > 0 && (
                  <Text size="xs" c="dimmed">
                    {t('recognition.exports.withheld', { count: answer.withheld })}
                  </Text>
                )}
              </div>
              <div>
                <Text size="xs" c="dimmed">
                  {t('recognition.exports.keyId')}
                </Text>
                <Text size="sm">
                  <code>{answer.keyId}</code>
                </Text>
              </div>
              <div>
                <Text size="xs" c="dimmed">
                  {t('recognition.exports.exportedAt')}
                </Text>
                <Text size="sm">
                  {formatDate(answer.exportedAt, i18n.language, true, zone)} · {answer.exportedBy}
                </Text>
              </div>
            </SimpleGrid>
          ) : (
            <Text c="dimmed">{t('recognition.exports.none')}</Text>
          )
        }
      </QueryState>
    </Card>
  );
}
