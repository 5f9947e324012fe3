import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Timeline, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  unwrap,
  useApi,
  calendarDaysUntil,
  formatDate,
  programmeTimeZone,
  QueryState,
  useProgrammeZone,
} from '@aeo/web';
import { DaysLeft } from '../applications/DaysLeft';
import { LifecycleActions } from './LifecycleActions';
import { STATUS_PILL } from './register-search';

type Details = Record<string, unknown>;
/** The stages of a running revalidation cycle (its trigger is shown with them). */
const CYCLE_STAGES = ['self-assessment', 'risk-assessment', 'validation', 'decision'];
const texts = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** A known translation of `key`, else the value as the data has it (a kind this console does not know yet). */
const translated = (t: TFunction, key: string, value: string) => t(key, { defaultValue: value });

/** One authorisation: its record, its lifecycle with deadlines, its history as a timeline, reported changes and the caller's actions. */
export function AuthorisationPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { authorisationNumber } = useParams({ from: '/authorisations/$authorisationNumber' });
  const path = { authorisationNumber };
  const record = useQuery({
    queryKey: ['authorisations', authorisationNumber],
    queryFn: () => unwrap(api.applications.GET('/v1/authorisations/{authorisationNumber}', { params: { path } })),
  });
  const lifecycle = useQuery({
    queryKey: ['authorisations', authorisationNumber, 'lifecycle'],
    queryFn: () => fetchLifecycle(api, authorisationNumber),
  });
  const changes = useQuery({
    queryKey: ['authorisations', authorisationNumber, 'changes'],
    queryFn: () =>
      unwrap(api.applications.GET('/v1/authorisations/{authorisationNumber}/changes', { params: { path } })),
  });
  // The record's legal dates are days of the programme's zone, as its deadlines count them.
  const date = (value: string | null | undefined, withTime = false) =>
    formatDate(value, i18n.language, withTime, programmeTimeZone());

  return (
    <Stack>
      <Anchor component={Link} to="/authorisations">
        ← {t('register.record.back')}
      </Anchor>
      <QueryState query={record}>
        {(authorisation) => {
          const workflow = lifecycle.data?.workflow ?? undefined;
          const inForce = authorisation.status === 'granted' || authorisation.status === 'suspended';
          return (
            <>
              <Group justify="space-between">
                <div>
                  <Title order={2}>{authorisation.name}</Title>
                  <Text c="gray.7">{authorisation.authorisationNumber}</Text>
                </div>
                <Group gap="xs">
                  <Badge size="lg">{authorisation.statusType}</Badge>
                  <span
                    className={STATUS_PILL[authorisation.status as keyof typeof STATUS_PILL] ?? 'pill'}
                    data-testid="authorisation-status"
                  >
                    {translated(t, `register.status.${authorisation.status}`, authorisation.status)}
                  </span>
                </Group>
              </Group>
              <LifecycleActions
                authorisationNumber={authorisationNumber}
                statusType={authorisation.statusType}
                status={authorisation.status}
                stage={workflow?.stage}
              />
              <SimpleGrid cols={{ base: 1, md: 2 }}>
                <Card withBorder>
                  <Stack gap={6}>
                    <Title order={3} size="h5">
                      {t('register.record.record')}
                    </Title>
                    <Field label={t('register.record.taxpayer')} value={authorisation.taxpayerId} />
                    <Field label={t('register.list.region')} value={authorisation.region} />
                    <Field label={t('register.list.granted')} value={date(authorisation.decidedAt)} />
                    <Field label={t('register.record.decidedBy')} value={authorisation.decidedBy ?? '—'} />
                    <Field label={t('register.record.effectiveFrom')} value={date(authorisation.effectiveFrom)} />
                    {lifecycle.data?.suspendedScope && (
                      <Field
                        label={t('register.record.scope')}
                        value={
                          lifecycle.data.suspendedScope === 'security'
                            ? t('register.record.scopeSecurity')
                            : t('register.record.scopeWhole')
                        }
                      />
                    )}
                    <Field
                      label={t('register.record.conditions')}
                      value={
                        authorisation.conditions.length
                          ? authorisation.conditions.join('; ')
                          : t('register.record.noConditions')
                      }
                    />
                  </Stack>
                </Card>
                <Card withBorder data-testid="lifecycle">
                  <Stack gap={6}>
                    <Title order={3} size="h5">
                      {t('register.lifecycle.title')}
                    </Title>
                    <QueryState query={lifecycle}>
                      {(state) => (
                        <>
                          {state.workflow ? (
                            <Field
                              label={t('register.lifecycle.stage')}
                              value={translated(t, `register.stage.${state.workflow.stage}`, state.workflow.stage)}
                            />
                          ) : (
                            <Text size="sm" role="status">
                              {t('register.lifecycle.unavailable')}
                            </Text>
                          )}
                          <Field label={t('register.record.cycle')} value={String(state.revalidationCycle)} />
                          {inForce && state.revalidationDue && (
                            <Deadline label={t('register.lifecycle.nextDue')} due={state.revalidationDue} />
                          )}
                          {state.workflow?.trigger && CYCLE_STAGES.includes(state.workflow.stage) && (
                            <Field
                              label={t('register.lifecycle.trigger')}
                              value={`${translated(t, `register.trigger.${state.workflow.trigger.source}`, state.workflow.trigger.source)}: ${state.workflow.trigger.reason}`}
                            />
                          )}
                          <Deadlines workflow={state.workflow ?? undefined} />
                        </>
                      )}
                    </QueryState>
                  </Stack>
                </Card>
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, md: 2 }}>
                <Card withBorder>
                  <Title order={3} size="h5" mb="sm">
                    {t('register.timeline.title')}
                  </Title>
                  {authorisation.history.length === 0 ? (
                    <Text size="sm">{t('register.timeline.empty')}</Text>
                  ) : (
                    <Timeline bulletSize={14} lineWidth={2} active={authorisation.history.length - 1}>
                      {authorisation.history.map((entry, index) => (
                        <Timeline.Item
                          key={index}
                          title={translated(t, `register.change.${entry.change}`, entry.change)}
                          data-testid="timeline-entry"
                        >
                          <Text size="xs" c="gray.7">
                            {date(entry.changedAt, true)} · {t('register.timeline.by', { who: entry.changedBy })}
                          </Text>
                          <HistoryDetails details={(entry.details ?? {}) as Details} />
                        </Timeline.Item>
                      ))}
                    </Timeline>
                  )}
                </Card>
                <Card withBorder>
                  <Title order={3} size="h5" mb="sm">
                    {t('register.changes.title')}
                  </Title>
                  <QueryState query={changes}>
                    {(list) =>
                      list.length === 0 ? (
                        <Text size="sm">{t('register.changes.empty')}</Text>
                      ) : (
                        <Stack gap="sm">
                          {list.map((change) => (
                            <div key={change.changeId}>
                              <Text size="sm" fw={600}>
                                {translated(t, `register.changeKind.${change.kind}`, change.kind)}
                              </Text>
                              <Text size="sm">{change.description}</Text>
                              <Text size="xs" c="gray.7">
                                {change.reportedBy} · {date(change.reportedAt)} ·{' '}
                                {t('register.changes.effective', { date: date(change.effectiveDate) })}
                                {change.siteVisit ? ` · ${t('register.changes.siteVisit')}` : ''}
                              </Text>
                            </div>
                          ))}
                        </Stack>
                      )
                    }
                  </QueryState>
                </Card>
              </SimpleGrid>
            </>
          );
        }}
      </QueryState>
    </Stack>
  );

  /** The details a history entry carries that people read: reasons, grounds, due dates (as the data has the texts). */
  function HistoryDetails({ details }: { details: Details }) {
    const reasons = [...texts(details['grounds']), ...texts(details['reasons'])];
    const reason = text(details['reason']) ?? text(details['text']);
    const dates: [string, string | undefined][] = [
      [t('register.lifecycle.planDue'), text(details['remediationPlanDue'])],
      [t('register.lifecycle.selfAssessmentDue'), text(details['selfAssessmentDue'])],
      [t('register.lifecycle.respondBy'), text(details['respondBy'])],
      [t('register.timeline.dueAt'), text(details['dueAt'])],
      [t('register.lifecycle.nextDue'), text(details['nextRevalidationDue'])],
    ];
    return (
      <>
        {reason && <Text size="sm">{reason}</Text>}
        {reasons.map((line, index) => (
          <Text size="sm" key={index}>
            {line}
          </Text>
        ))}
        {dates.map(([label, value]) =>
          value ? (
            <Text size="xs" key={label}>
              {label}: {date(value)}
            </Text>
          ) : null,
        )}
        {details['siteVisit'] === true && <Text size="xs">{t('register.timeline.siteVisit')}</Text>}
      </>
    );
  }
}

function fetchLifecycle(api: ReturnType<typeof useApi>, authorisationNumber: string) {
  return unwrap(
    api.applications.GET('/v1/authorisations/{authorisationNumber}/lifecycle', {
      params: { path: { authorisationNumber } },
    }),
  );
}
type Workflow = NonNullable<Awaited<ReturnType<typeof fetchLifecycle>>['workflow']>;

/** The deadlines running at the workflow's stage, each with its days left. */
function Deadlines({ workflow }: { workflow: Workflow | undefined }) {
  const { t } = useTranslation();
  if (!workflow) return null;
  const running: { label: string; due: string }[] = [];
  const { stage } = workflow;
  if (stage === 'self-assessment' && workflow.selfAssessment && !workflow.selfAssessment.updatedAt)
    running.push({ label: t('register.lifecycle.selfAssessmentDue'), due: workflow.selfAssessment.due });
  if (stage === 'validation' && workflow.validation && !workflow.validation.recommendation)
    running.push({ label: t('register.lifecycle.reportDue'), due: workflow.validation.reportDue });
  if (stage === 'suspended' && workflow.suspension)
    running.push(
      workflow.suspension.plan
        ? { label: t('register.lifecycle.remediationDue'), due: workflow.suspension.plan.remediationDue }
        : { label: t('register.lifecycle.planDue'), due: workflow.suspension.planDue },
    );
  if (stage === 'revocation-hearing' && workflow.revocation)
    running.push({ label: t('register.lifecycle.respondBy'), due: workflow.revocation.respondBy });
  return (
    <>
      {running.map((deadline) => (
        <Deadline key={deadline.label} label={deadline.label} due={deadline.due} />
      ))}
      {workflow.revocation && (stage === 'revocation-hearing' || stage === 'revocation-decision') && (
        <>
          <Field label={t('register.lifecycle.grounds')} value={workflow.revocation.grounds.join('; ')} />
          {workflow.revocation.response ? (
            <Field label={t('register.lifecycle.holderResponse')} value={workflow.revocation.response.response} />
          ) : workflow.revocation.expired ? (
            <Text size="sm">{t('register.lifecycle.hearingExpired')}</Text>
          ) : null}
        </>
      )}
    </>
  );
}

/** A legal deadline: its day in the programme's zone (named) and the calendar days left there, as the register list counts them. */
function Deadline({ label, due }: { label: string; due: string }) {
  const { t, i18n } = useTranslation();
  const { zone, zoneName } = useProgrammeZone();
  const days = calendarDaysUntil(due, zone);
  return (
    <Group gap="xs" wrap="nowrap" align="center" data-testid="deadline">
      <Text size="sm" c="gray.7" w={220} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Text size="sm">
        {t('register.lifecycle.dueInZone', {
          date: formatDate(due, i18n.language, false, zone),
          zone: zoneName,
        })}
      </Text>
      <DaysLeft daysLeft={days} overdue={new Date(due).getTime() < Date.now()} />
    </Group>
  );
}

function Field({ label, value }: { label: string; value: string }) {
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Text size="sm" c="gray.7" w={220} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </Group>
  );
}
