import { lazy, Suspense } from 'react';
import { Badge, Card, Group, Loader, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { unwrap, useApi, QueryState, TableScroll } from '@aeo/web';
import { formatKpiValue } from './format';
import type { KpiSearch } from './kpi-search';
import { useSearchInRegion } from '../../shared/use-region-scope';

const KpiChart = lazy(() => import('./KpiChart'));

/** Executives and the policy unit: a KPI's trend against its target, its figures, and the open deviations. */
export function KpiDashboardPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const search = useSearchInRegion(useSearch({ from: '/kpis' }));
  const navigate = useNavigate({ from: '/kpis' });
  const language = i18n.language === 'mn' ? 'mn' : 'en';
  const setSearch = (next: Partial<KpiSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...next }), replace: true });

  const definitions = useQuery({
    queryKey: ['programme', 'kpis'],
    queryFn: () => unwrap(api.programme.GET('/v1/kpis')),
  });
  const kpiId = search.kpi ?? definitions.data?.[0]?.id;
  const definition = definitions.data?.find((kpi) => kpi.id === kpiId);
  const values = useQuery({
    queryKey: ['programme', 'kpi', kpiId, search.period, search.region, search.statusType],
    enabled: !!kpiId,
    queryFn: () =>
      unwrap(
        api.programme.GET('/v1/kpis/{kpiId}', {
          params: {
            path: { kpiId: kpiId! },
            query: { period: search.period, region: search.region, statusType: search.statusType },
          },
        }),
      ),
  });
  const deviations = useQuery({
    queryKey: ['programme', 'deviations', 'open', kpiId],
    enabled: !!kpiId,
    queryFn: () => unwrap(api.programme.GET('/v1/deviations', { params: { query: { status: 'open', kpiId } } })),
  });

  return (
    <Stack>
      <Title order={2}>{t('kpis.title')}</Title>
      <QueryState query={definitions}>
        {(kpis) => (
          <Group align="flex-end" wrap="wrap">
            <Select
              label={t('kpis.kpi')}
              data={kpis.map((kpi) => ({ value: kpi.id, label: kpi.name[language] }))}
              value={kpiId ?? null}
              onChange={(value) => value && setSearch({ kpi: value })}
              allowDeselect={false}
              w={360}
              searchable
            />
            <Select
              label={t('kpis.period')}
              data={(['week', 'month', 'quarter'] as const).map((value) => ({
                value,
                label: t(`kpis.periods.${value}`),
              }))}
              value={search.period}
              onChange={(value) => value && setSearch({ period: value as KpiSearch['period'] })}
              allowDeselect={false}
              w={140}
            />
            <TextInput
              label={t('kpis.region')}
              placeholder={t('kpis.regionHint')}
              defaultValue={search.region ?? ''}
              onBlur={(event) => {
                const region = event.currentTarget.value.trim().toUpperCase();
                setSearch({ region: /^[A-Z][A-Z0-9_]{1,39}$/.test(region) ? region : undefined });
              }}
              w={240}
            />
            <Select
              label={t('kpis.statusType')}
              data={[
                { value: '', label: t('kpis.allStatusTypes') },
                ...['AEOC', 'AEOS', 'AEOF'].map((v) => ({ value: v, label: v })),
              ]}
              value={search.statusType ?? ''}
              onChange={(value) => setSearch({ statusType: (value || undefined) as KpiSearch['statusType'] })}
              allowDeselect={false}
              w={160}
            />
          </Group>
        )}
      </QueryState>
      {definition && (
        <Card withBorder>
          <Stack gap="xs">
            <Group justify="space-between">
              <Title order={3} size="h4">
                {definition.name[language]}
              </Title>
              {definition.target !== null && (
                <Badge variant="light">
                  {t('kpis.target')}: {definition.direction === 'lower' ? '≤' : '≥'}{' '}
                  {formatKpiValue(definition.target, definition.unit, language)}
                  {definition.unit === 'days' ? ` ${t('kpis.days')}` : ''}
                </Badge>
              )}
            </Group>
            <Text size="sm" c="gray.7">
              {definition.definition}
            </Text>
            <QueryState query={values}>
              {(series) => (
                <>
                  <Suspense fallback={<Loader size="sm" />}>
                    <figure
                      aria-label={t('kpis.chartLabel', { name: definition.name[language] })}
                      style={{ margin: 0 }}
                    >
                      <KpiChart
                        periods={series.values.map((value) => value.period)}
                        values={series.values.map((value) => value.value)}
                        target={series.target}
                        unit={series.unit}
                        label={definition.name[language]}
                        targetLabel={t('kpis.target')}
                      />
                    </figure>
                  </Suspense>
                  <TableScroll label={t('kpis.figures')}>
                    <Table striped withTableBorder aria-label={t('kpis.figures')}>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{t('kpis.periodColumn')}</Table.Th>
                          <Table.Th>{t('kpis.value')}</Table.Th>
                          <Table.Th>{t('kpis.sample')}</Table.Th>
                          <Table.Th>{t('kpis.onTarget')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {[...series.values].reverse().map((value) => (
                          <Table.Tr key={value.period}>
                            <Table.Td>{value.period}</Table.Td>
                            <Table.Td>{formatKpiValue(value.value, series.unit, language)}</Table.Td>
                            <Table.Td>{value.sample}</Table.Td>
                            <Table.Td>
                              {value.onTarget === null ? '—' : value.onTarget ? t('kpis.yes') : t('kpis.no')}
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </TableScroll>
                </>
              )}
            </QueryState>
          </Stack>
        </Card>
      )}
      <Group justify="space-between">
        <Title order={3} size="h4">
          {t('kpis.openDeviations')}
        </Title>
        <Link to="/policy/deviations" search={{ kpiId }} className="table-link">
          {t('policy.nav.deviations')} →
        </Link>
      </Group>
      <QueryState query={deviations}>
        {(cases) =>
          cases.length === 0 ? (
            <Text>{t('kpis.noDeviations')}</Text>
          ) : (
            <TableScroll label={t('kpis.openDeviations')}>
              <Table withTableBorder aria-label={t('kpis.openDeviations')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('kpis.periodColumn')}</Table.Th>
                    <Table.Th>{t('kpis.scope')}</Table.Th>
                    <Table.Th>{t('kpis.value')}</Table.Th>
                    <Table.Th>{t('kpis.phase')}</Table.Th>
                    <Table.Th>{t('kpis.owner')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {cases.map((deviation) => (
                    <Table.Tr key={deviation.caseId}>
                      <Table.Td>{deviation.period}</Table.Td>
                      <Table.Td>{deviation.scope}</Table.Td>
                      <Table.Td>
                        {definition ? formatKpiValue(deviation.value, definition.unit, language) : deviation.value}
                      </Table.Td>
                      <Table.Td>{deviation.phase}</Table.Td>
                      <Table.Td>{deviation.owner ?? '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )
        }
      </QueryState>
    </Stack>
  );
}
