import { type ReactNode, useState } from 'react';
import { Alert, Button, Group, NumberInput, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  ActionDialog,
  type ApplicationsComponents,
  checkRequest,
  CountedTextarea,
  formatDate,
  programmeTimeZone,
  QueryState,
  startOfDayIn,
  TONES,
  unwrap,
  useApi,
} from '@aeo/web';
import { ItemList } from '../../shared/Item';
import { QuestionField } from '../../shared/QuestionField';
import { inLanguage, useProgramme } from '../application-wizard/programme';
import { ReplyAction } from '../application-status/ReplyAction';
import { useCompanyRole } from '../company/use-company-role';

type Authorisation = ApplicationsComponents['schemas']['AuthorisationDto_Output'];
type Workflow = NonNullable<ApplicationsComponents['schemas']['LifecycleDto_Output']['workflow']>;
const UPDATE = 'PUT /v1/authorisations/{authorisationNumber}/revalidation/self-assessment';
const HEARING_RESPONSE = 'POST /v1/authorisations/{authorisationNumber}/revocation/hearing-response';

/** The lines of a textarea as a list (blank lines left out). */
export const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * The revalidation's self-assessment while it is due (stage self-assessment): the questionnaire of
 * the programme version the authorisation was granted under, for its type, with the answers of its
 * application; the holder changes what changed and sends only those answers (PUT
 * …/revalidation/self-assessment). Once sent, when and how many answers were updated.
 */
export function RevalidationSelfAssessment({
  authorisation,
  workflow,
  onDone,
}: {
  authorisation: Authorisation;
  workflow: Workflow;
  onDone: () => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const due = workflow.selfAssessment?.due;
  const updated = workflow.selfAssessment?.updatedAt;
  if (workflow.stage !== 'self-assessment' && !updated) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="revalidation-title" data-testid="revalidation">
      <Stack gap="sm">
        <Title order={4} id="revalidation-title">
          {t('authorisation.revalidation.title', { cycle: workflow.cycle })}
        </Title>
        {updated ? (
          <Text size="sm" data-testid="revalidation-updated">
            {t('authorisation.revalidation.updated', {
              count: workflow.selfAssessment?.changedQuestions ?? 0,
              date: formatDate(updated, i18n.language, true),
            })}
          </Text>
        ) : (
          <Group justify="space-between">
            <Text size="sm" data-testid="revalidation-self-assessment-due">
              {t('authorisation.revalidation.due', { date: formatDate(due, i18n.language, true) })}
            </Text>
            <Button
              size="xs"
              variant={open ? 'default' : 'filled'}
              onClick={() => setOpen(!open)}
              aria-expanded={open}
              data-testid="revalidation-open"
            >
              {t('authorisation.revalidation.open')}
            </Button>
          </Group>
        )}
        {open && !updated && (
          <UpdateQuestionnaire
            authorisation={authorisation}
            onDone={async () => {
              setOpen(false);
              await onDone();
            }}
          />
        )}
      </Stack>
    </Paper>
  );
}

/** The questions of the authorisation's type with their current answers; the changed ones sent after a confirmation. */
function UpdateQuestionnaire({
  authorisation,
  onDone,
}: {
  authorisation: Authorisation;
  onDone: () => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const path = { params: { path: { applicationId: authorisation.applicationId } } };
  const application = useQuery({
    queryKey: ['application', authorisation.applicationId],
    queryFn: () => unwrap(api.applications.GET('/v1/applications/{applicationId}', path)),
  });
  const programme = useProgramme(application.data ? (application.data.programmeVersion ?? 1) : undefined);
  const answers = useQuery({
    queryKey: ['answers', authorisation.applicationId],
    queryFn: () => unwrap(api.applications.GET('/v1/applications/{applicationId}/answers', path)),
  });
  const [edited, setEdited] = useState<Record<string, string>>({});
  const [confirming, setConfirming] = useState(false);
  return (
    <QueryState query={programme}>
      {({ document }) => (
        <QueryState query={answers}>
          {(saved) => {
            const type = document.statusTypes.find((each) => each.code === authorisation.statusType);
            const sections = document.sections.filter((section) => type?.sections.includes(section.id));
            const total = sections.reduce((sum, section) => sum + section.questions.length, 0);
            const current = Object.fromEntries(saved.answers.map((answer) => [answer.questionId, answer.value]));
            const changed = Object.fromEntries(
              Object.entries(edited)
                .map(([id, value]) => [id, value.trim()] as const)
                .filter(([id, value]) => value !== '' && value !== (current[id] ?? '')),
            );
            const count = Object.keys(changed).length;
            let number = 0;
            return (
              <Stack data-testid="revalidation-questionnaire">
                <Text size="sm">{t('authorisation.revalidation.intro')}</Text>
                {sections.map((section) => (
                  <Stack key={section.id} gap="sm">
                    <Title order={5}>{inLanguage(section.title, i18n.language)}</Title>
                    {section.questions.map((question) => {
                      number += 1;
                      return (
                        <Paper key={question.id} withBorder p="md" data-testid={`revalidation-question-${question.id}`}>
                          <QuestionField
                            question={question}
                            number={number}
                            total={total}
                            value={edited[question.id] ?? current[question.id] ?? ''}
                            onChange={(value) => setEdited((before) => ({ ...before, [question.id]: value }))}
                            status={
                              changed[question.id] !== undefined && (
                                <Text size="xs" c="blue.9" data-testid={`changed-${question.id}`}>
                                  {t('authorisation.revalidation.changed')}
                                </Text>
                              )
                            }
                          />
                        </Paper>
                      );
                    })}
                  </Stack>
                ))}
                <Group>
                  <Button onClick={() => setConfirming(true)} disabled={count === 0} data-testid="revalidation-send">
                    {t('authorisation.revalidation.send', { count })}
                  </Button>
                </Group>
                <ActionDialog
                  opened={confirming}
                  onClose={() => setConfirming(false)}
                  title={t('authorisation.revalidation.sendTitle', { number: authorisation.authorisationNumber })}
                  effect={t('authorisation.revalidation.sendEffect', { count })}
                  submitLabel={t('authorisation.revalidation.send', { count })}
                  fieldLabels={{ answers: t('authorisation.revalidation.answers') }}
                  onSubmit={async () => {
                    const body = { answers: changed };
                    checkRequest('applications', UPDATE, body, t);
                    await unwrap(
                      api.applications.PUT('/v1/authorisations/{authorisationNumber}/revalidation/self-assessment', {
                        params: { path: { authorisationNumber: authorisation.authorisationNumber } },
                        body,
                      }),
                    );
                    setEdited({});
                    await onDone();
                  }}
                >
                  {(errors) =>
                    errors['answers'] ? (
                      <Text size="sm" c="red.9">
                        {errors['answers']}
                      </Text>
                    ) : null
                  }
                </ActionDialog>
              </Stack>
            );
          }}
        </QueryState>
      )}
    </QueryState>
  );
}

/**
 * The holder's own steps, offered to its administrators only (the API refuses a member 403):
 * ask for a suspension with its remedial measures (POST …/suspension-request, while the workflow
 * monitors: not during a revalidation or a suspension), and surrender the authorisation (POST
 * …/surrender, at any stage until it ends: final, the certificate stops being valid).
 */
export function HolderActions({
  number,
  status,
  stage,
  onDone,
}: {
  number: string;
  status: string;
  stage: Workflow['stage'] | undefined;
  onDone: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<'suspension' | 'surrender'>();
  const { administrator, known } = useCompanyRole();
  if (status !== 'granted' && status !== 'suspended') return null;
  // A member would only meet the API's 403 at submit: told who may act instead.
  if (!administrator)
    return known ? (
      <Text size="sm" c="gray.7" ta="right" data-testid="holder-actions-administrators-only">
        {t('authorisation.holderActionsAdministratorsOnly')}
      </Text>
    ) : null;
  const close = () => setDialog(undefined);
  return (
    <Group justify="flex-end" gap="xs">
      {stage === 'monitoring' && (
        <Button size="xs" variant="default" onClick={() => setDialog('suspension')} data-testid="request-suspension">
          {t('authorisation.suspensionRequest.action')}
        </Button>
      )}
      <Button size="xs" variant="default" color="red" onClick={() => setDialog('surrender')} data-testid="surrender">
        {t('authorisation.surrender.action')}
      </Button>
      <SuspensionRequestDialog number={number} opened={dialog === 'suspension'} onClose={close} onDone={onDone} />
      <SurrenderDialog number={number} opened={dialog === 'surrender'} onClose={close} onDone={onDone} />
    </Group>
  );
}

export interface DialogProps {
  number: string;
  opened: boolean;
  onClose: () => void;
  onDone: () => Promise<unknown>;
}

/** The measures field (one a line) and the days they need, as a suspension request and a remediation plan ask them. */
export function MeasuresFields({
  errors,
  measures,
  setMeasures,
  periodDays,
  setPeriodDays,
}: {
  errors: Record<string, string>;
  measures: string;
  setMeasures: (value: string) => void;
  periodDays: number | string;
  setPeriodDays: (value: number | string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <CountedTextarea
        label={t('authorisation.planMeasures')}
        description={t('authorisation.oneALine')}
        required
        minRows={4}
        maxLength={40000}
        value={measures}
        onChange={(event) => setMeasures(event.currentTarget.value)}
        error={errors['measures'] ?? Object.entries(errors).find(([field]) => field.startsWith('measures.'))?.[1]}
        data-testid="measures"
      />
      <NumberInput
        label={t('authorisation.periodDays')}
        required
        min={1}
        max={180}
        allowDecimal={false}
        value={periodDays}
        onChange={setPeriodDays}
        error={errors['periodDays']}
        data-testid="period-days"
      />
    </>
  );
}

/** The holder's steps on its authorisation that take an Idempotency-Key (the API's operations of these paths). */
type HolderStep = 'suspension-request' | 'surrender' | 'remediation-plan';

/**
 * A holder's step in a confirmation dialog: the body `body()` gives is checked against the
 * operation's request schema before sending (the refusal names the fields), then sent with the
 * dialog's Idempotency-Key (POST /v1/authorisations/{number}/<step>); the API's refusals beside the fields.
 */
export function HolderStepDialog({
  step,
  number,
  opened,
  onClose,
  onDone,
  title,
  effect,
  submitLabel,
  danger = false,
  labels,
  body,
  children,
}: DialogProps & {
  step: HolderStep;
  title: string;
  effect: string;
  submitLabel: string;
  danger?: boolean;
  labels: Record<string, string>;
  body: () => object;
  children: (errors: Record<string, string>) => ReactNode;
}) {
  const { t } = useTranslation();
  const api = useApi();
  return (
    <ActionDialog
      opened={opened}
      onClose={onClose}
      title={title}
      effect={effect}
      submitLabel={submitLabel}
      submitColor={danger ? 'red.8' : undefined}
      fieldLabels={labels}
      onSubmit={async (key) => {
        const request = body();
        const path = `/v1/authorisations/{authorisationNumber}/${step}` as const;
        checkRequest('applications', `POST ${path}`, request, t);
        await unwrap(
          api.applications.POST(path as '/v1/authorisations/{authorisationNumber}/surrender', {
            params: { path: { authorisationNumber: number }, header: { 'Idempotency-Key': key } },
            body: request as ApplicationsComponents['schemas']['SurrenderDto'],
          }),
        );
        await onDone();
      }}
    >
      {children}
    </ActionDialog>
  );
}

/** A required reason (a suspension request's, a surrender's). */
function ReasonField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  testId: string;
}) {
  return (
    <CountedTextarea
      label={props.label}
      required
      minRows={2}
      maxLength={2000}
      value={props.value}
      onChange={(event) => props.onChange(event.currentTarget.value)}
      error={props.error}
      data-testid={props.testId}
    />
  );
}

function SuspensionRequestDialog(props: DialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [measures, setMeasures] = useState('');
  const [periodDays, setPeriodDays] = useState<number | string>('');
  const labels = {
    reason: t('authorisation.suspensionRequest.reason'),
    measures: t('authorisation.planMeasures'),
    periodDays: t('authorisation.periodDays'),
  };
  return (
    <HolderStepDialog
      {...props}
      step="suspension-request"
      title={t('authorisation.suspensionRequest.title', { number: props.number })}
      effect={t('authorisation.suspensionRequest.effect')}
      submitLabel={t('authorisation.suspensionRequest.action')}
      danger
      labels={labels}
      body={() => ({
        reason: reason.trim(),
        measures: linesOf(measures),
        periodDays: periodDays === '' ? undefined : Number(periodDays),
      })}
    >
      {(errors) => (
        <>
          <ReasonField
            label={labels.reason}
            value={reason}
            onChange={setReason}
            error={errors['reason']}
            testId="suspension-reason"
          />
          <MeasuresFields
            errors={errors}
            measures={measures}
            setMeasures={setMeasures}
            periodDays={periodDays}
            setPeriodDays={setPeriodDays}
          />
        </>
      )}
    </HolderStepDialog>
  );
}

function SurrenderDialog(props: DialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [date, setDate] = useState('');
  const labels = { reason: t('authorisation.surrender.reason'), effectiveFrom: t('authorisation.surrender.date') };
  return (
    <HolderStepDialog
      {...props}
      step="surrender"
      title={t('authorisation.surrender.title', { number: props.number })}
      effect={t('authorisation.surrender.effect')}
      submitLabel={t('authorisation.surrender.action')}
      danger
      labels={labels}
      body={() => ({
        reason: reason.trim(),
        ...(date ? { effectiveFrom: startOfDayIn(date, programmeTimeZone()) } : {}),
      })}
    >
      {(errors) => (
        <>
          <ReasonField
            label={labels.reason}
            value={reason}
            onChange={setReason}
            error={errors['reason']}
            testId="surrender-reason"
          />
          <TextInput
            label={labels.effectiveFrom}
            description={t('authorisation.surrender.dateHint')}
            type="date"
            value={date}
            onChange={(event) => setDate(event.currentTarget.value)}
            error={errors['effectiveFrom']}
            data-testid="surrender-date"
          />
        </>
      )}
    </HolderStepDialog>
  );
}

/**
 * The revocation customs intends (the right to be heard): its grounds, the reply by the hearing's
 * deadline (POST …/revocation/hearing-response, the application page's reply) and the reply given.
 */
export function RevocationHearing({ number, workflow }: { number: string; workflow: Workflow }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const revocation = workflow.revocation;
  if (!revocation) return null;
  const open = workflow.stage === 'revocation-hearing' && !revocation.response && !revocation.expired;
  return (
    <Alert
      color={TONES.caution}
      title={t('authorisation.revocation.title')}
      data-testid="revocation-hearing"
      component="section"
    >
      <Stack gap="xs">
        <Text size="sm">{t('authorisation.revocation.intro')}</Text>
        <ItemList label={t('authorisation.grounds')} items={revocation.grounds} />
        {revocation.response ? (
          <div data-testid="revocation-response">
            <Text size="xs" c="gray.8">
              {t('authorisation.revocation.replied')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {revocation.response.response}
            </Text>
          </div>
        ) : (
          <Group justify="space-between">
            <Text size="sm" data-testid="revocation-respond-by">
              {revocation.expired
                ? t('authorisation.revocation.expired')
                : t('progress.respondBy', { date: formatDate(revocation.respondBy, i18n.language, true) })}
            </Text>
            {open && (
              <ReplyAction
                service="applications"
                operation={HEARING_RESPONSE}
                words="reply"
                testId="revocation-reply"
                send={(body, key) =>
                  unwrap(
                    api.applications.POST('/v1/authorisations/{authorisationNumber}/revocation/hearing-response', {
                      params: { path: { authorisationNumber: number }, header: { 'Idempotency-Key': key } },
                      body,
                    }),
                  )
                }
              />
            )}
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
