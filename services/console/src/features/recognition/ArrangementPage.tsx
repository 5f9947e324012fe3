import { Anchor, Card, Group, SimpleGrid, Stack, Text, Timeline, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { unwrap, useApi, formatDate, useProgrammeZone, QueryState, TableScroll } from '@aeo/web';
import { ArrangementSteps } from './ArrangementSteps';
import { ListExportPanel, PartnerListsPanel } from './PartnerListsPanel';
import { phaseLabel, statusPill, stepLabel, WCO_PHASES } from './phases';

interface PhaseChange {
  from: string | null;
  to: string;
  step: string;
  by: string;
  at: string;
  reason: string | null;
}

const statusOf = (phase: string) => (phase === 'suspended' || phase === 'terminated' ? phase : 'active');

/** The phase the arrangement stands at on the WCO path: while suspended the one it returns to, once terminated the last one reached. */
function reachedPhase(phase: string, suspendedFrom: string | null, history: PhaseChange[]): string {
  if (phase === 'suspended') return suspendedFrom ?? 'preparation';
  if (phase !== 'terminated') return phase;
  const last = [...history].reverse().find((change) => (WCO_PHASES as readonly string[]).includes(change.to));
  return last?.to ?? 'preparation';
}

/** The WCO phases as a timeline: reached ones with when and by whom, the current one marked. */
function PhaseTimeline({
  phase,
  suspendedFrom,
  history,
}: {
  phase: string;
  suspendedFrom: string | null;
  history: PhaseChange[];
}) {
  const { t, i18n } = useTranslation();
  const { zone } = useProgrammeZone();
  const reached = reachedPhase(phase, suspendedFrom, history);
  const active = Math.max(0, (WCO_PHASES as readonly string[]).indexOf(reached));
  return (
    <Timeline
      active={active}
      bulletSize={18}
      lineWidth={2}
      aria-label={t('recognition.detail.timeline')}
      data-testid="phase-timeline"
    >
      {WCO_PHASES.map((wco, index) => {
        const change = [...history].reverse().find((entry) => entry.to === wco);
        return (
          <Timeline.Item
            key={wco}
            title={
              <Text fw={index === active ? 700 : 500} size="sm" aria-current={index === active ? 'step' : undefined}>
                {phaseLabel(t, wco)}
              </Text>
            }
          >
            {change && index <= active && (
              <Text size="xs" c="dimmed">
                {t('recognition.detail.byAt', { by: change.by, at: formatDate(change.at, i18n.language, true, zone) })}
              </Text>
            )}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}

const field = (label: string, value: string) => (
  <div>
    <Text size="xs" c="dimmed">
      {label}
    </Text>
    <Text size="sm">{value}</Text>
  </div>
);
const labelled = (t: TFunction, prefix: string, values: readonly string[] | undefined) =>
  values && values.length > 0 ? values.map((value) => t(`${prefix}.${value}`)).join(', ') : '—';

/**
 * One arrangement: its phase on the WCO path, the phase changes, the programme comparison, the
 * signed terms, every recorded step, the next steps open to the caller, the partner's AEO list and
 * our list exported to the partner.
 */
export function ArrangementPage() {
  const { t, i18n } = useTranslation();
  const { zone, zoneName } = useProgrammeZone();
  const api = useApi();
  const { arrangementId } = useParams({ from: '/recognition/arrangements/$arrangementId' });
  const path = { params: { path: { arrangementId } } };
  const arrangement = useQuery({
    queryKey: ['mra', 'arrangement', arrangementId],
    queryFn: () => unwrap(api.mra.GET('/v1/arrangements/{arrangementId}', path)),
  });
  const comparison = useQuery({
    queryKey: ['mra', 'arrangement', arrangementId, 'comparison'],
    queryFn: () => unwrap(api.mra.GET('/v1/arrangements/{arrangementId}/comparison', path)),
  });
  const records = useQuery({
    queryKey: ['mra', 'arrangement', arrangementId, 'records'],
    queryFn: () => unwrap(api.mra.GET('/v1/arrangements/{arrangementId}/records', path)),
  });

  return (
    <Stack>
      <Anchor component={Link} to="/recognition/arrangements" size="sm">
        ← {t('recognition.detail.back')}
      </Anchor>
      <QueryState query={arrangement}>
        {(item) => (
          <Stack>
            <Group justify="space-between" align="flex-start">
              <div>
                <Title order={2}>{item.title}</Title>
                <Text c="dimmed">
                  {item.partnerAdministration} · {item.partnerCountry}
                </Text>
                <Text size="xs" c="gray.7" data-testid="dates-zone">
                  {t('programmeZone.datesInZone', { zone: zoneName })}
                </Text>
              </div>
              <Group gap="xs">
                <span className="pill pill-info" data-testid="arrangement-phase">
                  {phaseLabel(t, item.phase)}
                </span>
                <span className={statusPill(statusOf(item.phase))}>
                  {t(`recognition.statuses.${statusOf(item.phase)}`)}
                </span>
              </Group>
            </Group>
            <SimpleGrid cols={{ base: 1, md: 3 }}>
              <Card withBorder>
                <Title order={3} mb="sm">
                  {t('recognition.detail.timeline')}
                </Title>
                <PhaseTimeline phase={item.phase} suspendedFrom={item.suspendedFrom} history={item.history} />
              </Card>
              <Card withBorder style={{ gridColumn: 'span 2' }}>
                <Stack>
                  <SimpleGrid cols={{ base: 1, sm: 3 }}>
                    {field(t('recognition.detail.created'), formatDate(item.createdAt, i18n.language, false, zone))}
                    {field(t('recognition.detail.signedOn'), formatDate(item.signedOn, i18n.language, false, zone))}
                    {field(
                      t('recognition.detail.reviewDueAt'),
                      formatDate(item.reviewDueAt, i18n.language, false, zone),
                    )}
                    {item.suspendedFrom &&
                      field(t('recognition.detail.suspendedFrom'), phaseLabel(t, item.suspendedFrom))}
                  </SimpleGrid>
                  <ArrangementSteps arrangement={item} />
                  <Title order={3}>{t('recognition.detail.history')}</Title>
                  <Stack gap={6} data-testid="phase-history">
                    {item.history.map((change, index) => (
                      <Text size="sm" key={`${change.at}-${index}`}>
                        <strong>{phaseLabel(t, change.to)}</strong> · {stepLabel(t, change.step)} ·{' '}
                        {t('recognition.detail.byAt', {
                          by: change.by,
                          at: formatDate(change.at, i18n.language, true, zone),
                        })}
                        {change.reason ? ` · ${t('recognition.detail.reasonSaid', { reason: change.reason })}` : ''}
                      </Text>
                    ))}
                  </Stack>
                </Stack>
              </Card>
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <Card withBorder>
                <Title order={3} mb="sm">
                  {t('recognition.detail.comparison')}
                </Title>
                <QueryState query={comparison}>
                  {(answer) =>
                    answer.entries.length === 0 ? (
                      <Text c="dimmed">{t('recognition.detail.comparisonEmpty')}</Text>
                    ) : (
                      <Stack gap="xs">
                        <Text size="sm">
                          {t('recognition.detail.gaps', { count: answer.gaps })} ·{' '}
                          {t('recognition.detail.byAt', {
                            by: answer.recordedBy ?? '—',
                            at: formatDate(answer.recordedAt, i18n.language, false, zone),
                          })}
                        </Text>
                        <TableScroll label={t('recognition.detail.comparison')}>
                          <table className="data-table" aria-label={t('recognition.detail.comparison')}>
                            <thead>
                              <tr>
                                <th scope="col">{t('recognition.detail.ourCriterion')}</th>
                                <th scope="col">{t('recognition.detail.partnerCriterion')}</th>
                                <th scope="col">{t('recognition.detail.assessment')}</th>
                              </tr>
                            </thead>
                            <tbody>
                              {answer.entries.map((entry, index) => (
                                <tr key={`${entry.ourCriterion}-${index}`}>
                                  <td>{entry.ourCriterion}</td>
                                  <td>
                                    {entry.partnerCriterion}
                                    {entry.note && <span className="cell-sub">{entry.note}</span>}
                                  </td>
                                  <td>
                                    <span className={entry.assessment === 'gap' ? 'pill pill-warn' : 'pill pill-good'}>
                                      {t(`recognition.assessments.${entry.assessment}`)}
                                    </span>
                                  </td>
                                </tr>
                              ))}
                            </tbody>
                          </table>
                        </TableScroll>
                      </Stack>
                    )
                  }
                </QueryState>
              </Card>
              <Card withBorder>
                <Title order={3} mb="sm">
                  {t('recognition.detail.terms')}
                </Title>
                {item.terms ? (
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    {field(t('recognition.detail.statusTypes'), item.terms.statusTypes.join(', '))}
                    {field(
                      t('recognition.detail.directions'),
                      labelled(t, 'recognition.directions', item.terms.directions),
                    )}
                    {field(
                      t('recognition.detail.benefitsWeGrant'),
                      labelled(t, 'recognition.benefits', item.terms.benefitsWeGrant),
                    )}
                    {field(
                      t('recognition.detail.benefitsPartnerGrants'),
                      labelled(t, 'recognition.benefits', item.terms.benefitsPartnerGrants),
                    )}
                  </SimpleGrid>
                ) : (
                  <Text c="dimmed">{t('recognition.detail.termsEmpty')}</Text>
                )}
              </Card>
            </SimpleGrid>
            <Card withBorder>
              <Title order={3} mb="sm">
                {t('recognition.detail.records')}
              </Title>
              <QueryState query={records}>
                {(rows) =>
                  rows.length === 0 ? (
                    <Text c="dimmed">{t('recognition.detail.recordsEmpty')}</Text>
                  ) : (
                    <TableScroll label={t('recognition.detail.records')}>
                      <table className="data-table" aria-label={t('recognition.detail.records')} data-testid="records">
                        <thead>
                          <tr>
                            <th scope="col">{t('recognition.detail.at')}</th>
                            <th scope="col">{t('recognition.detail.step')}</th>
                            <th scope="col">{t('recognition.detail.phase')}</th>
                            <th scope="col">{t('recognition.detail.summary')}</th>
                            <th scope="col">{t('recognition.detail.by')}</th>
                          </tr>
                        </thead>
                        <tbody>
                          {[...rows].reverse().map((row) => (
                            <tr key={row.seq}>
                              <td>{formatDate(row.at, i18n.language, true, zone)}</td>
                              <td>{stepLabel(t, row.step)}</td>
                              <td>{phaseLabel(t, row.to)}</td>
                              <td>{row.summary}</td>
                              <td>{row.by}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </TableScroll>
                  )
                }
              </QueryState>
            </Card>
            <PartnerListsPanel arrangementId={item.id} />
            <ListExportPanel arrangementId={item.id} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
