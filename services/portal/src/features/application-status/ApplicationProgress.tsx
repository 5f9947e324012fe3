import { useState } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import {
  ApiError,
  type ApplicationsComponents,
  formatDate,
  QueryState,
  unwrap,
  useApi,
  type ValidationComponents,
} from '@aeo/web';
import { deadlineText } from './deadlines';
import { ReplyAction } from './ReplyAction';
import { RequestEvidence } from './RequestEvidence';

type Application = ApplicationsComponents['schemas']['ApplicationDto_Output'];
type Step = ApplicationsComponents['schemas']['NextStepsDto_Output']['items'][number];
type ValidationCase = ValidationComponents['schemas']['CompanyValidationDetailDto_Output'];

/** Where each trader's step is acted on: a section of this page, or the self-assessment (a draft's). */
const STEP_TARGET: Partial<Record<Step['code'], string>> = {
  'answer-information-request': '#information-requests',
  'reply-to-hearing': '#hearing',
};
const DRAFT_STEPS: readonly Step['code'][] = ['complete-self-assessment', 'upload-evidence', 'submit-application'];

/** The trader's answer already given (it cannot be changed) and when. */
function GivenAnswer({ text, at, testId }: { text: string; at: string | null; testId: string }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap={2} mt="xs">
      <Text size="xs" c="gray.7">
        {t('progress.yourAnswer')}
      </Text>
      <Text style={{ whiteSpace: 'pre-wrap' }} data-testid={testId}>
        {text}
      </Text>
      <Text size="sm" c="gray.7">
        {t('progress.answeredAt', { date: formatDate(at, i18n.language, true) })}
      </Text>
    </Stack>
  );
}

/** The application's way so far: filed, submitted, accepted, validated, heard, decided (each with its date). */
function ProgressTimeline({ application, validation }: { application: Application; validation: ValidationCase[] }) {
  const { t, i18n } = useTranslation();
  const date = (value: string | null | undefined) => (value ? formatDate(value, i18n.language, true) : undefined);
  const validated = validation.find((item) => item.purpose === 'certification');
  const stages: { key: string; at: string | undefined; reached: boolean }[] = [
    { key: 'created', at: undefined, reached: true },
    { key: 'submitted', at: date(application.submittedAt), reached: !!application.submittedAt },
    { key: 'accepted', at: date(application.acceptedAt), reached: !!application.acceptedAt },
    { key: 'validation', at: date(validated?.report?.submittedAt ?? validated?.openedAt), reached: !!validated },
    ...(application.hearingGrounds?.length || application.hearingRespondBy
      ? [{ key: 'hearing', at: date(application.hearingRespondedAt), reached: true }]
      : []),
    { key: 'decided', at: date(application.decidedAt), reached: !!application.decidedAt },
  ];
  const active = stages.reduce((last, stage, index) => (stage.reached ? index : last), 0);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="timeline-title">
      <Title order={3} size="h4" id="timeline-title" mb="md">
        {t('progress.timeline')}
      </Title>
      <Timeline active={active} bulletSize={18} lineWidth={2} data-testid="timeline">
        {stages.map((stage, index) => (
          <Timeline.Item
            key={stage.key}
            title={t(`progress.stages.${stage.key}`)}
            data-testid={`stage-${stage.key}`}
            data-reached={index <= active}
          >
            <Text size="sm" c="gray.7">
              {index <= active ? (stage.at ?? '') : t('progress.pending')}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </Paper>
  );
}

/** One actor's list of steps, each with its deadline and days left, and the trader's with where to act. */
function StepList({
  title,
  steps,
  empty,
  testId,
  application,
}: {
  title: string;
  steps: { key: string; text: string; deadline: Step['deadline']; target?: string }[];
  empty: string;
  testId: string;
  application: Application;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Paper withBorder p="lg" component="section" aria-label={title} data-testid={testId}>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {title}
        </Title>
        {steps.length === 0 ? (
          <Text c="gray.7">{empty}</Text>
        ) : (
          <List spacing="sm">
            {steps.map((step) => (
              <List.Item key={step.key} data-testid={`${testId}-${step.key}`}>
                <Text fw={500}>{step.text}</Text>
                <Text size="sm" c={step.deadline?.overdue ? 'red.8' : 'gray.7'}>
                  {deadlineText(t, i18n.language, step.deadline)}
                </Text>
                {step.target === 'self-assessment' ? (
                  <Anchor
                    size="sm"
                    renderRoot={(props) => (
                      <Link
                        {...props}
                        to="/applications/$applicationId/self-assessment"
                        params={{ applicationId: application.id }}
                      />
                    )}
                  >
                    {t('progress.act')}
                  </Anchor>
                ) : step.target ? (
                  <Anchor href={step.target} size="sm">
                    {t('progress.act')}
                  </Anchor>
                ) : null}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Paper>
  );
}

/** Customs' requests for information with the trader's answers, and the form to answer one still open. */
function InformationRequests({ application }: { application: Application }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const applicationId = application.id;
  const query = useQuery({
    queryKey: ['information-requests', applicationId],
    queryFn: () =>
      unwrap(
        api.applications.GET('/v1/applications/{applicationId}/information-requests', {
          params: { path: { applicationId } },
        }),
      ),
  });
  return (
    <Paper withBorder p="lg" component="section" id="information-requests" aria-labelledby="information-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="information-title">
          {t('progress.informationRequests')}
        </Title>
        <QueryState query={query}>
          {(requests) =>
            requests.length === 0 ? (
              <Text c="gray.7">{t('progress.noInformationRequests')}</Text>
            ) : (
              <Stack gap="md">
                {requests.map((request) => (
                  <Paper key={request.id} withBorder p="md" data-testid={`information-request-${request.id}`}>
                    <Stack gap={4}>
                      <Text style={{ whiteSpace: 'pre-wrap' }}>{request.questions}</Text>
                      <Text size="sm" c="gray.7">
                        {t('progress.requestedAt', { date: formatDate(request.requestedAt, i18n.language, true) })}
                      </Text>
                      {request.response ? (
                        <GivenAnswer text={request.response} at={request.respondedAt} testId="information-answer" />
                      ) : (
                        <>
                          <RequestEvidence application={application} />
                          <Group justify="space-between" mt="xs">
                            <Text size="sm" c="gray.7">
                              {t('progress.dueBy', { date: formatDate(request.dueBy, i18n.language, true) })}
                            </Text>
                            <ReplyAction
                              service="applications"
                              operation="POST /v1/applications/{applicationId}/information-requests/{requestId}/reply"
                              words="answer"
                              description={t('progress.answerDocuments')}
                              testId={`answer-${request.id}`}
                              send={(body, key) =>
                                unwrap(
                                  api.applications.POST(
                                    '/v1/applications/{applicationId}/information-requests/{requestId}/reply',
                                    {
                                      params: {
                                        path: { applicationId, requestId: request.id },
                                        header: { 'Idempotency-Key': key },
                                      },
                                      body,
                                    },
                                  ),
                                )
                              }
                            />
                          </Group>
                        </>
                      )}
                    </Stack>
                  </Paper>
                ))}
              </Stack>
            )
          }
        </QueryState>
      </Stack>
    </Paper>
  );
}

/** The right to be heard: the grounds of the intended refusal, the reply form while the period runs, the reply given. */
function Hearing({ application }: { application: Application }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  if (!application.hearingGrounds?.length && !application.hearingRespondBy) return null;
  const open = application.status === 'hearing' && !application.hearingResponse;
  return (
    <Paper withBorder p="lg" component="section" id="hearing" aria-labelledby="hearing-title" data-testid="hearing">
      <Stack gap="sm">
        <Title order={3} size="h4" id="hearing-title">
          {t('progress.hearing')}
        </Title>
        <Text>{t('progress.hearingIntro')}</Text>
        <List data-testid="hearing-grounds">
          {(application.hearingGrounds ?? []).map((ground) => (
            <List.Item key={ground}>{ground}</List.Item>
          ))}
        </List>
        {application.hearingResponse ? (
          <GivenAnswer text={application.hearingResponse} at={application.hearingRespondedAt} testId="hearing-answer" />
        ) : (
          <Group justify="space-between">
            <Text size="sm" c="gray.7">
              {t('progress.respondBy', { date: formatDate(application.hearingRespondBy, i18n.language, true) })}
            </Text>
            {open && (
              <ReplyAction
                service="applications"
                operation="POST /v1/applications/{applicationId}/hearing-response"
                words="reply"
                testId="hearing-reply"
                send={(body, key) =>
                  unwrap(
                    api.applications.POST('/v1/applications/{applicationId}/hearing-response', {
                      params: { path: { applicationId: application.id }, header: { 'Idempotency-Key': key } },
                      body,
                    }),
                  )
                }
              />
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

/** The validation cases of the application: site visit notices and corrective actions, each open one answerable. */
function Validation({ cases }: { cases: ValidationCase[] }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  if (!cases.length) return null;
  const language = i18n.language === 'en' ? 'en' : 'mn';
  const visits = cases.flatMap((item) => item.siteVisits);
  const actions = cases.flatMap((item) => item.correctiveActions.map((action) => ({ ...action, caseId: item.caseId })));
  return (
    <Paper withBorder p="lg" component="section" id="validation" aria-labelledby="validation-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="validation-title">
          {t('progress.validation')}
        </Title>
        <Title order={4} size="h5">
          {t('progress.siteVisits')}
        </Title>
        {visits.length === 0 ? (
          <Text c="gray.7">{t('progress.noSiteVisits')}</Text>
        ) : (
          <List spacing="xs" data-testid="site-visits">
            {visits.map((visit) => (
              <List.Item key={visit.visitId}>
                <Group gap="xs">
                  <Text fw={500}>
                    {t('progress.visitOn', { date: formatDate(visit.scheduledFor, i18n.language, true) })}
                  </Text>
                  {visit.held && <Badge color="gray.8">{t('progress.visitHeld')}</Badge>}
                </Group>
                <Text size="sm" c="gray.7">
                  {t('progress.visitPlace', { place: visit.place ?? t('progress.registeredPremises') })}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
        <Title order={4} size="h5" id="corrective-actions">
          {t('progress.correctiveActions')}
        </Title>
        {actions.length === 0 ? (
          <Text c="gray.7">{t('progress.noCorrectiveActions')}</Text>
        ) : (
          <Stack gap="sm" data-testid="corrective-actions">
            {actions.map((action) => (
              <Paper key={action.actionId} withBorder p="md" data-testid={`corrective-action-${action.actionId}`}>
                <Stack gap={4}>
                  {action.criterion && (
                    <Text size="xs" c="gray.7">
                      {action.criterion[language]}
                    </Text>
                  )}
                  <Text>{action.description}</Text>
                  {action.response ? (
                    <GivenAnswer text={action.response} at={action.respondedAt} testId="corrective-answer" />
                  ) : (
                    <Group justify="space-between">
                      <Text size="sm" c={action.overdue ? 'red.8' : 'gray.7'}>
                        {deadlineText(t, i18n.language, { dueAt: action.dueBy, daysLeft: action.daysLeft })}
                      </Text>
                      {action.answerLink && (
                        <ReplyAction
                          service="validation"
                          operation="POST /v1/validation-cases/{caseId}/corrective-actions/{actionId}/response"
                          words="correct"
                          testId={`correct-${action.actionId}`}
                          send={(body, key) =>
                            unwrap(
                              api.validation.POST(
                                '/v1/validation-cases/{caseId}/corrective-actions/{actionId}/response',
                                {
                                  params: {
                                    path: { caseId: action.caseId, actionId: action.actionId },
                                    header: { 'Idempotency-Key': key },
                                  },
                                  body,
                                },
                              ),
                            )
                          }
                        />
                      )}
                    </Group>
                  )}
                </Stack>
              </Paper>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

/** The granted authorisation's certificate (GET /v1/authorisations/{n}/certificate, the caller's token): saved as AEO-<n>.pdf. */
function CertificateDownload({ authorisationNumber }: { authorisationNumber: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const [failure, setFailure] = useState<string>();
  const [pending, setPending] = useState(false);
  const download = async () => {
    setPending(true);
    setFailure(undefined);
    try {
      const pdf = (await unwrap(
        api.applications.GET('/v1/authorisations/{authorisationNumber}/certificate', {
          params: { path: { authorisationNumber } },
          parseAs: 'blob',
        }),
      )) as unknown as Blob;
      const url = URL.createObjectURL(pdf);
      const link = document.createElement('a');
      link.href = url;
      link.download = `AEO-${authorisationNumber}.pdf`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (error) {
      setFailure(error instanceof ApiError ? `${error.status}: ${error.message}` : String(error));
    } finally {
      setPending(false);
    }
  };
  return (
    <Stack gap="xs" align="flex-start">
      <Button onClick={() => void download()} loading={pending} data-testid="certificate-download">
        {t('progress.certificate', { number: authorisationNumber })}
      </Button>
      {failure && (
        <Alert color="red" role="alert" data-testid="certificate-error">
          {t('progress.certificateFailed', { message: failure })}
        </Alert>
      )}
    </Stack>
  );
}

/** The decision: granted with its authorisation number and certificate, or the outcome and its reasons. */
function Decision({ application, authorisationNumber }: { application: Application; authorisationNumber?: string }) {
  const { t } = useTranslation();
  if (!application.decidedAt && application.status !== 'granted') return null;
  return (
    <Paper withBorder p="lg" component="section" id="decision" aria-labelledby="decision-title" data-testid="decision">
      <Stack gap="sm">
        <Title order={3} size="h4" id="decision-title">
          {t('progress.decision')}
        </Title>
        {application.status === 'granted' && authorisationNumber ? (
          <>
            <Text fw={500} data-testid="granted">
              {t('progress.granted', { number: authorisationNumber })}
            </Text>
            <CertificateDownload authorisationNumber={authorisationNumber} />
          </>
        ) : (
          <Text fw={500}>{t(`applications.statuses.${application.status}`)}</Text>
        )}
      </Stack>
    </Paper>
  );
}

/**
 * Where the application stands and what comes next (issue 20): the timeline, what the trader must
 * do and what customs must do (GET …/next-steps, with the corrective actions of its validation),
 * each with its deadline in the trader's zone and the days left; the information requests, the
 * hearing, the site visits and corrective actions to answer; the decision and the certificate.
 */
export function ApplicationProgress({ application }: { application: Application }) {
  const { t } = useTranslation();
  const api = useApi();
  const applicationId = application.id;
  const steps = useQuery({
    queryKey: ['next-steps', applicationId],
    queryFn: () =>
      unwrap(
        api.applications.GET('/v1/applications/{applicationId}/next-steps', { params: { path: { applicationId } } }),
      ),
  });
  const submitted = application.status !== 'draft';
  const validation = useQuery({
    queryKey: ['company-validations', applicationId],
    enabled: submitted,
    queryFn: async () => {
      const page = await unwrap(
        api.validation.GET('/v1/company-validations', { params: { query: { pageSize: '200' } } }),
      );
      const mine = page.items.filter((item) => item.applicationId === applicationId);
      return Promise.all(
        mine.map((item) =>
          unwrap(api.validation.GET('/v1/company-validations/{caseId}', { params: { path: { caseId: item.caseId } } })),
        ),
      );
    },
  });
  const cases = validation.data ?? [];
  return (
    <QueryState query={steps}>
      {({ items }) => {
        const authorisationNumber = items.find((step) => step.subject.type === 'authorisation')?.subject.id;
        const corrective = cases
          .flatMap((item) => item.correctiveActions)
          .filter((action) => action.answerLink)
          .map((action) => ({
            key: action.actionId,
            text: t('progress.codes.answer-corrective-action', { description: action.description }),
            deadline: { dueAt: action.dueBy, daysLeft: action.daysLeft, overdue: action.overdue },
            target: '#corrective-actions',
          }));
        const of = (actor: Step['actor']) =>
          items
            .filter((step) => step.actor === actor)
            .map((step, index) => ({
              key: `${step.code}-${index}`,
              text: t(`progress.codes.${step.code}`),
              deadline: step.deadline,
              target: DRAFT_STEPS.includes(step.code) ? 'self-assessment' : STEP_TARGET[step.code],
            }));
        return (
          <Stack>
            <ProgressTimeline application={application} validation={cases} />
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <StepList
                title={t('progress.youMust')}
                steps={[...of('trader'), ...corrective]}
                empty={t('progress.nothingForYou')}
                testId="trader-steps"
                application={application}
              />
              <StepList
                title={t('progress.customsMust')}
                steps={of('customs')}
                empty={t('progress.nothingForCustoms')}
                testId="customs-steps"
                application={application}
              />
            </SimpleGrid>
            <Decision application={application} authorisationNumber={authorisationNumber} />
            <Hearing application={application} />
            {submitted && <InformationRequests application={application} />}
            <Validation cases={cases} />
          </Stack>
        );
      }}
    </QueryState>
  );
}

/** An application the trader may not read (another company's: 403 or 404) is, to the trader, not found. */
export const notFoundForTrader = (error: unknown) =>
  error instanceof ApiError && (error.status === 403 || error.status === 404);
