import { lazy, Suspense, useState } from 'react';
import { Anchor, Button, Card, Group, Loader, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
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
  QueryState,
  TONES,
  CountedTextarea,
  TableScroll,
} from '@aeo/web';
import type { ProgrammeComponents as components } from '@aeo/web';

const ScorecardChart = lazy(() => import('./ScorecardChart'));

type Scorecard = components['schemas']['ScorecardDto_Output'];
type Standard = Scorecard['principles'][number]['standards'][number];
type AssessmentStatus = components['schemas']['NewAssessmentDto']['status'];

/** A status's pill class (AA contrast: styles.css). */
export const STATUS_PILL: Record<string, string> = {
  met: 'pill-good',
  partial: 'pill-warn',
  ongoing: 'pill-info',
  'not-assessed': 'pill-neutral',
  'not-met': 'pill-bad',
};
/** The chart's bars, least advanced last (the same tones as the pills). */
const CHART_STATUSES = [
  { status: 'met', color: TONES.good },
  { status: 'partial', color: TONES.warning },
  { status: 'ongoing', color: '#174787' },
  { status: 'not-assessed', color: '#495057' },
] as const;

/**
 * The design-principles scorecard: each principle rolled up to its least advanced standard, each
 * standard's latest assessment, a standard's history, and the WTO TFA 7.7 checks. The policy unit
 * records a new assessment of a standard.
 */
export function ScorecardPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { caller } = useAuth();
  const queryClient = useQueryClient();
  const search = useSearch({ from: '/policy/scorecard' });
  const navigate = useNavigate({ from: '/policy/scorecard' });
  const language = i18n.language === 'mn' ? 'mn' : 'en';
  const assesses = hasAnyRole(caller, [ROLES.policyUnit]);

  const scorecard = useQuery({
    queryKey: ['programme', 'scorecard'],
    queryFn: () => unwrap(api.programme.GET('/v1/scorecard')),
  });
  const history = useQuery({
    queryKey: ['programme', 'scorecard', 'history', search.standard],
    enabled: !!search.standard,
    queryFn: () =>
      unwrap(api.programme.GET('/v1/scorecard/standards/{id}/history', { params: { path: { id: search.standard! } } })),
  });

  const [assessing, setAssessing] = useState<Standard>();
  const [status, setStatus] = useState<AssessmentStatus>('ongoing');
  const [note, setNote] = useState('');
  const [documentTitle, setDocumentTitle] = useState('');
  const [documentUrl, setDocumentUrl] = useState('');
  const [kpiIds, setKpiIds] = useState('');
  const openAssessment = (standard: Standard) => {
    setStatus(standard.status ?? 'ongoing');
    setNote('');
    setDocumentTitle('');
    setDocumentUrl('');
    setKpiIds('');
    setAssessing(standard);
  };

  return (
    <Stack>
      <Title order={2}>{t('policy.scorecard.title')}</Title>
      <QueryState query={scorecard}>
        {(card) => (
          <>
            <Text size="sm" c="gray.7">
              {t('policy.scorecard.asOf', { at: formatDate(card.at, i18n.language, true) })}
            </Text>
            <Card withBorder>
              <Title order={3} size="h5" mb="xs">
                {t('policy.scorecard.chartTitle')}
              </Title>
              <Suspense fallback={<Loader size="sm" />}>
                <figure aria-label={t('policy.scorecard.chartLabel')} style={{ margin: 0 }}>
                  <ScorecardChart
                    principles={card.principles.map((principle) => principle.name[language])}
                    series={CHART_STATUSES.map(({ status: shown, color }) => ({
                      label: t(`policy.scorecard.statuses.${shown}`),
                      color,
                      counts: card.principles.map(
                        (principle) =>
                          principle.standards.filter((standard) => (standard.status ?? 'not-assessed') === shown)
                            .length,
                      ),
                    }))}
                  />
                </figure>
              </Suspense>
            </Card>
            {card.principles.map((principle) => (
              <Card withBorder key={principle.id}>
                <Group justify="space-between" align="flex-start" mb="xs">
                  <Stack gap={2} style={{ flex: 1 }}>
                    <Title order={3} size="h5">
                      {principle.name[language]}
                    </Title>
                    <Text size="sm" c="gray.7">
                      {principle.asks[language]}
                    </Text>
                  </Stack>
                  <span className={`pill ${STATUS_PILL[principle.status]}`}>
                    {t(`policy.scorecard.statuses.${principle.status}`)}
                  </span>
                </Group>
                <TableScroll label={principle.name[language]}>
                  <Table striped aria-label={principle.name[language]}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('policy.scorecard.standard')}</Table.Th>
                        <Table.Th w={130}>{t('policy.scorecard.status')}</Table.Th>
                        <Table.Th w={150}>{t('policy.scorecard.assessedAt')}</Table.Th>
                        <Table.Th w={assesses ? 260 : 110} />
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {principle.standards.map((standard) => (
                        <Table.Tr key={standard.id}>
                          <Table.Td>
                            <Text size="sm" fw={500}>
                              {standard.name[language]}
                            </Text>
                            <Text size="xs" c="gray.7">
                              {standard.asks[language]}
                            </Text>
                            {standard.assessment && (
                              <Text size="xs" mt={4}>
                                {standard.assessment.note}
                              </Text>
                            )}
                          </Table.Td>
                          <Table.Td>
                            <span className={`pill ${STATUS_PILL[standard.status ?? 'not-assessed']}`}>
                              {t(`policy.scorecard.statuses.${standard.status ?? 'not-assessed'}`)}
                            </span>
                          </Table.Td>
                          <Table.Td>{formatDate(standard.assessment?.assessedAt, i18n.language)}</Table.Td>
                          <Table.Td>
                            <Group gap="xs" wrap="nowrap" justify="flex-end">
                              <Button
                                size="xs"
                                variant="default"
                                aria-label={`${t('policy.scorecard.showHistory')}: ${standard.name[language]}`}
                                onClick={() => void navigate({ search: { standard: standard.id }, replace: true })}
                              >
                                {t('policy.scorecard.showHistory')}
                              </Button>
                              {assesses && (
                                <Button
                                  size="xs"
                                  data-testid={`assess-${standard.id}`}
                                  aria-label={`${t('policy.scorecard.assess')}: ${standard.name[language]}`}
                                  onClick={() => openAssessment(standard)}
                                >
                                  {t('policy.scorecard.assess')}
                                </Button>
                              )}
                            </Group>
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </TableScroll>
              </Card>
            ))}
            {search.standard && (
              <Card withBorder data-testid="standard-history">
                <QueryState query={history}>
                  {(found) => (
                    <Stack gap="xs">
                      <Title order={3} size="h5">
                        {t('policy.scorecard.historyOf', { name: found.name[language] })}
                      </Title>
                      {found.assessments.length === 0 ? (
                        <Text size="sm">{t('policy.scorecard.noHistory')}</Text>
                      ) : (
                        <TableScroll label={t('policy.scorecard.history')}>
                          <Table aria-label={t('policy.scorecard.history')}>
                            <Table.Thead>
                              <Table.Tr>
                                <Table.Th>{t('policy.scorecard.assessedAt')}</Table.Th>
                                <Table.Th>{t('policy.scorecard.status')}</Table.Th>
                                <Table.Th>{t('policy.scorecard.note')}</Table.Th>
                                <Table.Th>{t('policy.scorecard.evidence')}</Table.Th>
                                <Table.Th>{t('policy.scorecard.assessedBy')}</Table.Th>
                              </Table.Tr>
                            </Table.Thead>
                            <Table.Tbody>
                              {found.assessments.map((assessment) => (
                                <Table.Tr key={assessment.id}>
                                  <Table.Td>{formatDate(assessment.assessedAt, i18n.language, true)}</Table.Td>
                                  <Table.Td>
                                    <span className={`pill ${STATUS_PILL[assessment.status]}`}>
                                      {t(`policy.scorecard.statuses.${assessment.status}`)}
                                    </span>
                                  </Table.Td>
                                  <Table.Td>{assessment.note}</Table.Td>
                                  <Table.Td>
                                    <Stack gap={2}>
                                      {[...assessment.evidence.documents, ...assessment.evidence.links].map((item) => (
                                        <Anchor
                                          key={item.url}
                                          href={item.url}
                                          size="sm"
                                          target="_blank"
                                          rel="noreferrer"
                                        >
                                          {item.title ?? item.url}
                                        </Anchor>
                                      ))}
                                      {assessment.evidence.kpiIds.map((kpi) => (
                                        <Text key={kpi} size="sm">
                                          {kpi}
                                        </Text>
                                      ))}
                                    </Stack>
                                  </Table.Td>
                                  <Table.Td>{assessment.assessedBy}</Table.Td>
                                </Table.Tr>
                              ))}
                            </Table.Tbody>
                          </Table>
                        </TableScroll>
                      )}
                    </Stack>
                  )}
                </QueryState>
              </Card>
            )}
            <Card withBorder>
              <Group justify="space-between" mb="xs">
                <Title order={3} size="h5">
                  {t('policy.scorecard.tfa')}
                </Title>
                <span className={`pill ${STATUS_PILL[card.tfaArticle77.status]}`}>
                  {t(`policy.scorecard.tfaStatuses.${card.tfaArticle77.status}`)}
                </span>
              </Group>
              <TableScroll label={t('policy.scorecard.tfa')}>
                <Table aria-label={t('policy.scorecard.tfa')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('policy.scorecard.check')}</Table.Th>
                      <Table.Th>{t('policy.scorecard.status')}</Table.Th>
                      <Table.Th>{t('policy.scorecard.finding')}</Table.Th>
                      <Table.Th>{t('policy.scorecard.evidence')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {card.tfaArticle77.checks.map((check) => (
                      <Table.Tr key={check.id}>
                        <Table.Td>
                          {check.article} · {check.name[language]}
                        </Table.Td>
                        <Table.Td>
                          <span className={`pill ${STATUS_PILL[check.status]}`}>
                            {t(`policy.scorecard.tfaStatuses.${check.status}`)}
                          </span>
                        </Table.Td>
                        <Table.Td>{check.finding}</Table.Td>
                        <Table.Td>
                          <span title={check.evidence.map((item) => item.label).join('\n')}>
                            {t('policy.scorecard.evidenceCount', { count: check.evidence.length })}
                          </span>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </TableScroll>
            </Card>
          </>
        )}
      </QueryState>
      <ActionDialog
        opened={!!assessing}
        onClose={() => setAssessing(undefined)}
        title={assessing ? t('policy.scorecard.assessTitle', { name: assessing.name[language] }) : ''}
        effect={t('policy.scorecard.assessEffect')}
        submitLabel={t('policy.scorecard.assess')}
        onSubmit={async (key) => {
          if (!assessing) return;
          const documents = documentUrl.trim()
            ? [{ title: documentTitle.trim() || documentUrl.trim(), url: documentUrl.trim() }]
            : [];
          const kpis = kpiIds
            .split(',')
            .map((id) => id.trim())
            .filter(Boolean);
          const body = { status, note: note.trim(), evidence: { documents, links: [], kpiIds: kpis } };
          checkRequest('programme', 'POST /v1/scorecard/standards/{id}/assessments', body, t);
          if (status === 'met' && documents.length === 0 && kpis.length === 0)
            return t('policy.scorecard.metNeedsEvidence');
          await unwrap(
            api.programme.POST('/v1/scorecard/standards/{id}/assessments', {
              params: { path: { id: assessing.id }, header: { 'Idempotency-Key': key } },
              body,
            }),
          );
          await queryClient.invalidateQueries({ queryKey: ['programme', 'scorecard'] });
          void navigate({ search: { standard: assessing.id }, replace: true });
        }}
      >
        {(errors) => (
          <>
            <Select
              label={t('policy.scorecard.status')}
              data={(['met', 'partial', 'ongoing'] as const).map((value) => ({
                value,
                label: t(`policy.scorecard.statuses.${value}`),
              }))}
              value={status}
              onChange={(value) => value && setStatus(value as AssessmentStatus)}
              allowDeselect={false}
              error={errors['status']}
              data-testid="assessment-status"
            />
            <CountedTextarea
              label={t('policy.scorecard.note')}
              required
              autosize
              minRows={2}
              maxLength={4000}
              value={note}
              onChange={(event) => setNote(event.currentTarget.value)}
              error={errors['note']}
              data-testid="assessment-note"
            />
            <TextInput
              label={t('policy.scorecard.evidenceDocument')}
              maxLength={300}
              value={documentTitle}
              onChange={(event) => setDocumentTitle(event.currentTarget.value)}
              error={errors['evidence.documents.0.title']}
            />
            <TextInput
              label={t('policy.scorecard.evidenceUrl')}
              maxLength={2000}
              value={documentUrl}
              onChange={(event) => setDocumentUrl(event.currentTarget.value)}
              error={errors['evidence.documents.0.url']}
              data-testid="assessment-url"
            />
            <TextInput
              label={t('policy.scorecard.evidenceKpis')}
              value={kpiIds}
              onChange={(event) => setKpiIds(event.currentTarget.value)}
              error={Object.entries(errors).find(([field]) => field.startsWith('evidence.kpiIds'))?.[1]}
            />
          </>
        )}
      </ActionDialog>
    </Stack>
  );
}
