import { useState } from 'react';
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
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

const FINDINGS = ['compliant', 'minor', 'major', 'critical'] as const;
type Finding = (typeof FINDINGS)[number];
const FINDING_COLORS: Record<Finding, string> = {
  compliant: TONES.good,
  minor: TONES.caution,
  major: TONES.warning,
  critical: 'red.8',
};
const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

type Dialog =
  | { kind: 'finding'; questionId: string; question: string }
  | { kind: 'visit' }
  | { kind: 'complete-visit'; visitId: string }
  | { kind: 'corrective-action' }
  | { kind: 'report' };

/** A validation case: the checklist by criterion with findings and evidence, site visits, corrective actions, the report. */
export function CasePage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { caller } = useAuth();
  const queryClient = useQueryClient();
  const { caseId } = useParams({ from: '/cases/$caseId' });
  const path = { params: { path: { caseId } } };
  const validationCase = useQuery({
    queryKey: ['validation', 'case', caseId],
    queryFn: () => unwrap(api.validation.GET('/v1/validation-cases/{caseId}', path)),
  });
  const checklist = useQuery({
    queryKey: ['validation', 'case', caseId, 'checklist'],
    queryFn: () => unwrap(api.validation.GET('/v1/validation-cases/{caseId}/checklist', path)),
  });
  const visits = useQuery({
    queryKey: ['validation', 'case', caseId, 'visits'],
    queryFn: () => unwrap(api.validation.GET('/v1/validation-cases/{caseId}/visits', path)),
  });
  const actions = useQuery({
    queryKey: ['validation', 'case', caseId, 'corrective-actions'],
    queryFn: () => unwrap(api.validation.GET('/v1/validation-cases/{caseId}/corrective-actions', path)),
  });
  // The company and its self-assessment (the applications service's; a validator may read both).
  const operatorId = validationCase.data?.operatorId;
  const applicationId = validationCase.data?.applicationId;
  const operator = useQuery({
    queryKey: ['operators', operatorId],
    enabled: !!operatorId,
    queryFn: () =>
      unwrap(api.applications.GET('/v1/operators/{operatorId}', { params: { path: { operatorId: operatorId! } } })),
  });
  const answers = useQuery({
    queryKey: ['applications', applicationId, 'answers'],
    enabled: !!applicationId,
    queryFn: () =>
      unwrap(
        api.applications.GET('/v1/applications/{applicationId}/answers', {
          params: { path: { applicationId: applicationId! } },
        }),
      ),
  });
  const answerOf = new Map((answers.data?.answers ?? []).map((answer) => [answer.questionId, answer]));
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['validation'] });
  // Actions only on a case the service showed to the caller (another region's answers 403).
  const visible = validationCase.isSuccess;
  const validates = visible && hasAnyRole(caller, [ROLES.validator]);
  const schedules = visible && hasAnyRole(caller, [ROLES.validator, ROLES.regionalOffice]);
  const language = i18n.language === 'mn' ? 'mn' : 'en';

  const [dialog, setDialog] = useState<Dialog>();
  const [finding, setFinding] = useState<Finding>('compliant');
  const [notes, setNotes] = useState('');
  const [evidence, setEvidence] = useState('');
  const [when, setWhen] = useState('');
  const [questionId, setQuestionId] = useState<string | null>(null);
  const [dueInDays, setDueInDays] = useState<number | string>(30);
  const [recommendation, setRecommendation] = useState<'grant' | 'grant-with-conditions' | 'refuse'>('grant');
  const [conditions, setConditions] = useState('');
  const open = (next: Dialog) => {
    setNotes('');
    setEvidence('');
    setConditions('');
    setDialog(next);
  };
  const close = () => setDialog(undefined);
  const submitted = !!validationCase.data?.reportSubmittedAt;

  // The case itself could not be read (an invalid id, not found, another region): one state for the
  // page instead of an error per section and a report 'not submitted yet'.
  if (validationCase.isError)
    return (
      <Stack>
        <Anchor component={Link} to="/cases">
          ← {t('cases.title')}
        </Anchor>
        <QueryState query={validationCase}>{() => null}</QueryState>
      </Stack>
    );

  return (
    <Stack>
      <Anchor component={Link} to="/cases">
        ← {t('cases.title')}
      </Anchor>
      <QueryState query={validationCase}>
        {(item) => (
          <>
            <Group justify="space-between">
              <div>
                <Title order={2} data-testid="case-company">
                  {operator.data?.name ?? `${t('cases.case')} · ${item.taxpayerId ?? item.operatorId}`}
                </Title>
                <Text size="sm" c="gray.7">
                  {t('cases.case')} · {t('cases.taxpayer')} {item.taxpayerId ?? operator.data?.taxpayerId ?? '—'} ·{' '}
                  <Anchor
                    underline="always"
                    renderRoot={(props) => (
                      <Link
                        {...props}
                        to="/applications/$applicationId"
                        params={{ applicationId: item.applicationId }}
                      />
                    )}
                  >
                    {t('cases.application')}
                  </Anchor>
                </Text>
              </div>
              <Group gap="xs">
                {item.statusType && <Badge size="lg">{item.statusType}</Badge>}
                <Badge size="lg" variant="outline" className="badge-full" data-testid="case-status">
                  {t(`cases.statuses.${item.status}`, { defaultValue: item.status })}
                </Badge>
              </Group>
            </Group>
            <SimpleGrid cols={{ base: 1, md: 3 }}>
              <Card withBorder>
                <Text size="sm" c="gray.7">
                  {t('cases.reportDue')}
                </Text>
                <Text fw={600}>{formatDate(item.reportDue, i18n.language)}</Text>
              </Card>
              <Card withBorder>
                <Text size="sm" c="gray.7">
                  {t('cases.risk')}
                </Text>
                <Text fw={600}>
                  {item.riskScore ?? '—'}{' '}
                  {item.riskRecommendation
                    ? `· ${t(`certification.riskRecommendations.${item.riskRecommendation}`, { defaultValue: item.riskRecommendation })}`
                    : ''}
                </Text>
              </Card>
              <Card withBorder>
                <Text size="sm" c="gray.7">
                  {t('cases.siteVisit')}
                </Text>
                <Text fw={600}>{item.siteVisitRequired ? t('cases.required') : t('cases.notRequired')}</Text>
              </Card>
            </SimpleGrid>
          </>
        )}
      </QueryState>

      <Title order={3} size="h4">
        {t('cases.checklist')}
      </Title>
      <QueryState query={checklist}>
        {(questions) => (
          <TableScroll label={t('cases.checklist')}>
            <Table miw={800} withTableBorder striped aria-label={t('cases.checklist')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('cases.criterion')}</Table.Th>
                  <Table.Th>{t('cases.operatorAnswer')}</Table.Th>
                  <Table.Th>{t('cases.finding')}</Table.Th>
                  <Table.Th>{t('cases.notes')}</Table.Th>
                  <Table.Th>{t('cases.evidence')}</Table.Th>
                  {validates && !submitted && <Table.Th>{t('cases.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {questions.map((question) => (
                  <Table.Tr key={question.questionId}>
                    <Table.Td>
                      <Text size="xs" c="gray.7">
                        {question.sectionId} · {question.questionId}
                      </Text>
                      <Text size="sm">{question.text[language]}</Text>
                    </Table.Td>
                    <Table.Td data-testid={`operator-answer-${question.questionId}`}>
                      {(() => {
                        const answer = answerOf.get(question.questionId);
                        if (!answer)
                          return (
                            <Text size="sm" c="gray.7">
                              {answers.isError ? t('cases.answersUnavailable') : t('cases.noAnswer')}
                            </Text>
                          );
                        return (
                          <>
                            <Text size="sm">
                              {answer.value === 'yes' || answer.value === 'no'
                                ? t(`cases.answerValues.${answer.value}`)
                                : answer.value}
                            </Text>
                            {answer.comment && (
                              <Text size="xs" c="gray.7">
                                {answer.comment}
                              </Text>
                            )}
                          </>
                        );
                      })()}
                    </Table.Td>
                    <Table.Td>
                      {question.finding ? (
                        <Badge color={FINDING_COLORS[question.finding as Finding] ?? 'gray'} className="badge-full">
                          {t(`cases.findings.${question.finding}`)}
                        </Badge>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{question.notes ?? '—'}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{question.evidence.join('; ') || '—'}</Text>
                    </Table.Td>
                    {validates && !submitted && (
                      <Table.Td>
                        <Button
                          size="xs"
                          variant="light"
                          data-testid={`record-finding-${question.questionId}`}
                          onClick={() =>
                            open({
                              kind: 'finding',
                              questionId: question.questionId,
                              question: question.text[language],
                            })
                          }
                        >
                          {t('cases.record')}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </QueryState>

      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Card withBorder>
          <Group justify="space-between" mb="xs">
            <Title order={3} size="h5">
              {t('cases.visits')}
            </Title>
            {schedules && !submitted && (
              <Button size="xs" onClick={() => open({ kind: 'visit' })} data-testid="schedule-visit">
                {t('cases.scheduleVisit')}
              </Button>
            )}
          </Group>
          <QueryState query={visits}>
            {(list) =>
              list.length === 0 ? (
                <Text size="sm">{t('cases.noVisits')}</Text>
              ) : (
                <Stack gap="xs">
                  {list.map((visit) => (
                    <Group key={visit.visitId} justify="space-between">
                      <Text size="sm">
                        {formatDate(visit.scheduledFor, i18n.language, true)} · {visit.validator}
                        {visit.completedAt ? ` · ${t('cases.completed')}: ${visit.notes ?? ''}` : ''}
                      </Text>
                      {validates && !visit.completedAt && (
                        <Button
                          size="xs"
                          variant="light"
                          onClick={() => open({ kind: 'complete-visit', visitId: visit.visitId })}
                        >
                          {t('cases.completeVisit')}
                        </Button>
                      )}
                    </Group>
                  ))}
                </Stack>
              )
            }
          </QueryState>
        </Card>
        <Card withBorder>
          <Group justify="space-between" mb="xs">
            <Title order={3} size="h5">
              {t('cases.correctiveActions')}
            </Title>
            {validates && !submitted && (
              <Button size="xs" onClick={() => open({ kind: 'corrective-action' })}>
                {t('cases.requestAction')}
              </Button>
            )}
          </Group>
          <QueryState query={actions}>
            {(list) =>
              list.length === 0 ? (
                <Text size="sm">{t('cases.noActions')}</Text>
              ) : (
                <Stack gap="xs">
                  {list.map((action) => (
                    <Text size="sm" key={action.actionId}>
                      {action.questionId}: {action.description} · {t('cases.dueBy')}{' '}
                      {formatDate(action.dueBy, i18n.language)} ·{' '}
                      {action.response ? `${t('cases.answered')}: ${action.response}` : t('cases.unanswered')}
                    </Text>
                  ))}
                </Stack>
              )
            }
          </QueryState>
        </Card>
      </SimpleGrid>

      <Card withBorder>
        <Group justify="space-between">
          <Title order={3} size="h5">
            {t('cases.report')}
          </Title>
          {validates && !submitted && (
            <Button onClick={() => open({ kind: 'report' })} data-testid="submit-report">
              {t('cases.submitReport')}
            </Button>
          )}
        </Group>
        {validationCase.data?.reportSubmittedAt ? (
          <Stack gap={4} mt="xs">
            <Text size="sm">
              {t('cases.recommendation')}: <b>{t(`cases.recommendations.${validationCase.data.recommendation}`)}</b> ·{' '}
              {validationCase.data.reportSubmittedBy} ·{' '}
              {formatDate(validationCase.data.reportSubmittedAt, i18n.language, true)}
            </Text>
            <Text size="sm">{validationCase.data.reportSummary}</Text>
            {(validationCase.data.conditions ?? []).map((condition) => (
              <Text size="sm" key={condition}>
                · {condition}
              </Text>
            ))}
          </Stack>
        ) : (
          <Text size="sm" mt="xs">
            {t('cases.noReport')}
          </Text>
        )}
      </Card>

      <ActionDialog
        opened={dialog?.kind === 'finding'}
        onClose={close}
        title={t('cases.recordFinding')}
        effect={t('cases.findingEffect', { question: dialog?.kind === 'finding' ? dialog.question : '' })}
        submitLabel={t('cases.record')}
        // A finding is a PUT: repeating it changes nothing more (no Idempotency-Key needed).
        onSubmit={async () => {
          if (dialog?.kind !== 'finding') return;
          const body = { finding, notes: notes.trim(), evidence: lines(evidence) };
          checkRequest('validation', 'PUT /v1/validation-cases/{caseId}/checklist/{questionId}', body, t);
          await unwrap(
            api.validation.PUT('/v1/validation-cases/{caseId}/checklist/{questionId}', {
              params: { path: { caseId, questionId: dialog.questionId } },
              body,
            }),
          );
          await refresh();
        }}
      >
        {(errors) => (
          <>
            <Select
              label={t('cases.finding')}
              data={FINDINGS.map((value) => ({ value, label: t(`cases.findings.${value}`) }))}
              value={finding}
              onChange={(value) => value && setFinding(value as Finding)}
              allowDeselect={false}
              error={errors['finding']}
            />
            <CountedTextarea
              maxLength={4000}
              label={t('cases.notes')}
              required
              autosize
              minRows={3}
              value={notes}
              onChange={(event) => setNotes(event.currentTarget.value)}
              error={errors['notes']}
              data-testid="finding-notes"
            />
            <CountedTextarea
              maxLength={4000}
              label={t('cases.evidence')}
              description={t('application.onePerLine')}
              autosize
              minRows={2}
              value={evidence}
              onChange={(event) => setEvidence(event.currentTarget.value)}
              error={errors['evidence']}
            />
          </>
        )}
      </ActionDialog>

      <ActionDialog
        opened={dialog?.kind === 'visit'}
        onClose={close}
        title={t('cases.scheduleVisit')}
        effect={t('cases.visitEffect')}
        submitLabel={t('cases.scheduleVisit')}
        onSubmit={async (key) => {
          if (!when || Number.isNaN(Date.parse(when))) return t('cases.whenRequired');
          const body = { scheduledFor: new Date(when).toISOString() };
          checkRequest('validation', 'POST /v1/validation-cases/{caseId}/visits', body, t);
          await unwrap(
            api.validation.POST('/v1/validation-cases/{caseId}/visits', {
              params: { path: { caseId }, header: { 'Idempotency-Key': key } },
              body,
            }),
          );
          await refresh();
        }}
      >
        {(errors) => (
          <TextInput
            type="datetime-local"
            label={t('cases.when')}
            required
            value={when}
            onChange={(event) => setWhen(event.currentTarget.value)}
            error={errors['scheduledFor']}
          />
        )}
      </ActionDialog>

      <ActionDialog
        opened={dialog?.kind === 'complete-visit'}
        onClose={close}
        title={t('cases.completeVisit')}
        effect={t('cases.completeVisitEffect')}
        submitLabel={t('cases.completeVisit')}
        onSubmit={async (key) => {
          if (dialog?.kind !== 'complete-visit') return;
          checkRequest(
            'validation',
            'POST /v1/validation-cases/{caseId}/visits/{visitId}/completion',
            { notes: notes.trim() },
            t,
          );
          await unwrap(
            api.validation.POST('/v1/validation-cases/{caseId}/visits/{visitId}/completion', {
              params: { path: { caseId, visitId: dialog.visitId }, header: { 'Idempotency-Key': key } },
              body: { notes: notes.trim() },
            }),
          );
          await refresh();
        }}
      >
        {(errors) => (
          <CountedTextarea
            maxLength={4000}
            label={t('cases.notes')}
            required
            autosize
            minRows={3}
            value={notes}
            onChange={(event) => setNotes(event.currentTarget.value)}
            error={errors['notes']}
          />
        )}
      </ActionDialog>

      <ActionDialog
        opened={dialog?.kind === 'corrective-action'}
        onClose={close}
        title={t('cases.requestAction')}
        effect={t('cases.actionEffect')}
        submitLabel={t('cases.requestAction')}
        onSubmit={async (key) => {
          if (!questionId) return t('cases.questionRequired');
          const body = { questionId, description: notes.trim(), dueInDays: Number(dueInDays) };
          checkRequest('validation', 'POST /v1/validation-cases/{caseId}/corrective-actions', body, t);
          await unwrap(
            api.validation.POST('/v1/validation-cases/{caseId}/corrective-actions', {
              params: { path: { caseId }, header: { 'Idempotency-Key': key } },
              body,
            }),
          );
          await refresh();
        }}
      >
        {(errors) => (
          <>
            <Select
              label={t('cases.criterion')}
              data={(checklist.data ?? []).map((question) => ({
                value: question.questionId,
                label: `${question.questionId} · ${question.text[language]}`,
              }))}
              value={questionId}
              onChange={setQuestionId}
              searchable
              error={errors['questionId']}
            />
            <CountedTextarea
              maxLength={4000}
              label={t('cases.actionDescription')}
              required
              autosize
              minRows={3}
              value={notes}
              onChange={(event) => setNotes(event.currentTarget.value)}
              error={errors['description']}
            />
            <NumberInput
              label={t('cases.dueInDays')}
              min={1}
              value={dueInDays}
              onChange={setDueInDays}
              error={errors['dueInDays']}
            />
          </>
        )}
      </ActionDialog>

      <ActionDialog
        opened={dialog?.kind === 'report'}
        onClose={close}
        title={t('cases.submitReport')}
        effect={t('cases.reportEffect')}
        submitLabel={t('cases.submitReport')}
        onSubmit={async (key) => {
          const body = {
            recommendation,
            summary: notes.trim(),
            conditions: recommendation === 'grant-with-conditions' ? lines(conditions) : [],
          };
          checkRequest('validation', 'POST /v1/validation-cases/{caseId}/report', body, t);
          await unwrap(
            api.validation.POST('/v1/validation-cases/{caseId}/report', {
              params: { path: { caseId }, header: { 'Idempotency-Key': key } },
              body,
            }),
          );
          await refresh();
        }}
      >
        {(errors) => (
          <>
            <Select
              label={t('cases.recommendation')}
              data={(['grant', 'grant-with-conditions', 'refuse'] as const).map((value) => ({
                value,
                label: t(`cases.recommendations.${value}`),
              }))}
              value={recommendation}
              onChange={(value) => value && setRecommendation(value as typeof recommendation)}
              allowDeselect={false}
              error={errors['recommendation']}
            />
            <CountedTextarea
              maxLength={4000}
              label={t('cases.summary')}
              required
              autosize
              minRows={4}
              value={notes}
              onChange={(event) => setNotes(event.currentTarget.value)}
              error={errors['summary']}
              data-testid="report-summary"
            />
            {recommendation === 'grant-with-conditions' && (
              <CountedTextarea
                maxLength={4000}
                label={t('application.conditions')}
                description={t('application.onePerLine')}
                autosize
                minRows={2}
                value={conditions}
                onChange={(event) => setConditions(event.currentTarget.value)}
                error={errors['conditions']}
              />
            )}
          </>
        )}
      </ActionDialog>
    </Stack>
  );
}
