import type { Completeness } from '../self-assessment/self-assessment.response';
import { calendarDay } from '../certificates/certificate-document';

/**
 * What must happen next on an application or an authorisation, and who must act (issue 20): the
 * trader, or customs. Derived from this service's own records only (the validation service
 * answers its site visits and corrective actions: GET /v1/company-validations there). The codes
 * are stable; their words in Mongolian and English are the portal's.
 */
export const NEXT_STEP_ACTORS = ['trader', 'customs'] as const;
export type NextStepActor = (typeof NEXT_STEP_ACTORS)[number];

export const NEXT_STEP_CODES = [
  // The trader's, before submission (no legal deadline).
  'complete-self-assessment',
  'upload-evidence',
  'submit-application',
  // The trader's, with a deadline.
  'answer-information-request',
  'reply-to-hearing',
  'update-revalidation-self-assessment',
  'remediation-plan-due',
  'carry-out-remediation',
  'reply-to-revocation-hearing',
  // Customs'.
  'customs-acceptance-decision',
  'customs-certification-decision',
  'revalidation-due',
  'customs-revalidation-decision',
  'customs-reinstatement-decision',
  'customs-revocation-decision',
] as const;
export type NextStepCode = (typeof NEXT_STEP_CODES)[number];

export interface NextStep {
  actor: NextStepActor;
  code: NextStepCode;
  subject: { type: 'application' | 'authorisation'; id: string };
  /** The legal or programme deadline; null when the step has none. */
  dueAt: Date | null;
  /** The API path of the thing to act on (or to read, for customs' steps). */
  link: string;
}

/** The steps' maker for one application or authorisation. */
const stepsOn =
  (subject: NextStep['subject']) =>
  (actor: NextStepActor, code: NextStepCode, dueAt: Date | null, link: string): NextStep => ({
    actor,
    code,
    subject,
    dueAt,
    link,
  });

/** What an application's next steps are derived from. */
export interface ApplicationFacts {
  id: string;
  status: string;
  acceptanceDeadline: Date | null;
  decisionDeadline: Date | null;
  hearingRespondBy: Date | null;
  hearingResponse: string | null;
  informationRequests: readonly { id: string; requestedAt: Date; dueBy: Date; respondedAt: Date | null }[];
  /** A draft's self-assessment (undefined for a submitted application). */
  completeness?: Completeness;
}

/**
 * The steps an application waits for, at `now`. A draft: the trader completes its answers and
 * evidence, then submits. Submitted: the trader answers an open information request (the
 * acceptance clock stands still meanwhile), else customs accepts or rejects by the acceptance
 * deadline moved by the time each answered request was awaited. Accepted: customs decides by the
 * decision deadline. Hearing: the trader may comment on the grounds until its date; after the
 * reply or that date, customs decides. Decided applications wait for nothing.
 */
export function applicationSteps(application: ApplicationFacts, now: Date): NextStep[] {
  const base = `/v1/applications/${application.id}`;
  const step = stepsOn({ type: 'application', id: application.id });
  switch (application.status) {
    case 'draft': {
      const completeness = application.completeness;
      if (!completeness) return [];
      if (completeness.complete) return [step('trader', 'submit-application', null, `${base}/submission`)];
      return [
        ...(completeness.missingAnswers.length
          ? [step('trader', 'complete-self-assessment', null, `${base}/answers`)]
          : []),
        ...(completeness.missingEvidence.length ? [step('trader', 'upload-evidence', null, `${base}/documents`)] : []),
      ];
    }
    case 'submitted': {
      const open = application.informationRequests.find((request) => request.respondedAt === null);
      if (open)
        return [
          step('trader', 'answer-information-request', open.dueBy, `${base}/information-requests/${open.id}/reply`),
        ];
      const pausedMs = application.informationRequests.reduce(
        (sum, request) => sum + (request.respondedAt!.getTime() - request.requestedAt.getTime()),
        0,
      );
      const due = application.acceptanceDeadline && new Date(application.acceptanceDeadline.getTime() + pausedMs);
      return [step('customs', 'customs-acceptance-decision', due, base)];
    }
    case 'accepted':
      return [step('customs', 'customs-certification-decision', application.decisionDeadline, base)];
    case 'hearing': {
      const replyOpen =
        application.hearingResponse === null &&
        application.hearingRespondBy !== null &&
        application.hearingRespondBy.getTime() > now.getTime();
      return replyOpen
        ? [step('trader', 'reply-to-hearing', application.hearingRespondBy, `${base}/hearing-response`)]
        : [step('customs', 'customs-certification-decision', application.decisionDeadline, base)];
    }
    default:
      return [];
  }
}

/** What an authorisation's next steps are derived from: the register's row and its history, oldest first. */
export interface AuthorisationFacts {
  authorisationNumber: string;
  status: string;
  revalidationDue: Date;
  history: readonly { change: string; details: unknown }[];
}

/** Where the authorisation's life stands, folded from its history. */
interface LifecycleNow {
  cycle?: { selfAssessmentDue: Date | null; selfAssessmentDone: boolean };
  suspension?: { planDue: Date | null; remediationDue?: Date | null };
  revocation?: { respondBy: Date | null; responded: boolean };
}

const detail = (details: unknown, key: string): Date | null => {
  const value = details && typeof details === 'object' ? (details as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? new Date(value) : null;
};

/** Folds the history the revalidation workflow's activities record (lifecycle.activities.ts). */
export function lifecycleNow(history: AuthorisationFacts['history']): LifecycleNow {
  const now: LifecycleNow = {};
  for (const { change, details } of history) {
    switch (change) {
      case 'revalidation-started':
        now.cycle = { selfAssessmentDue: detail(details, 'selfAssessmentDue'), selfAssessmentDone: false };
        break;
      case 'self-assessment-updated':
      case 'self-assessment-not-updated':
        if (now.cycle) now.cycle.selfAssessmentDone = true;
        break;
      case 'revalidation-completed':
        now.cycle = undefined;
        break;
      case 'suspended':
        // A suspension ends the cycle it interrupted: its reinstatement confirms the authorisation afresh.
        now.cycle = undefined;
        now.suspension = { planDue: detail(details, 'remediationPlanDue') };
        break;
      case 'remediation-plan-submitted':
        if (now.suspension) now.suspension.remediationDue = detail(details, 'dueAt');
        break;
      case 'reinstated':
        now.suspension = undefined;
        break;
      case 'revocation-intended':
        now.revocation = { respondBy: detail(details, 'respondBy'), responded: false };
        break;
      case 'revocation-hearing-response':
        if (now.revocation) now.revocation.responded = true;
        break;
      case 'revocation-dropped':
        now.revocation = undefined;
        break;
    }
  }
  return now;
}

/**
 * The steps an authorisation in force waits for, at `now`. An intended revocation first: the
 * holder may comment until its date, then customs decides. A suspension: the holder states its
 * remediation plan by its due date, then carries the measures out within the period it asked
 * for, by whose end customs reinstates or revokes. A revalidation cycle: the holder updates its
 * self-assessment by its due date, then customs revalidates by the revalidation due date. Else
 * the next revalidation falls due (customs).
 */
export function authorisationSteps(authorisation: AuthorisationFacts, now: Date): NextStep[] {
  if (authorisation.status !== 'granted' && authorisation.status !== 'suspended') return [];
  const base = `/v1/authorisations/${encodeURIComponent(authorisation.authorisationNumber)}`;
  const step = stepsOn({ type: 'authorisation', id: authorisation.authorisationNumber });
  const state = lifecycleNow(authorisation.history);
  if (state.revocation) {
    const { respondBy, responded } = state.revocation;
    return !responded && respondBy && respondBy.getTime() > now.getTime()
      ? [step('trader', 'reply-to-revocation-hearing', respondBy, `${base}/revocation/hearing-response`)]
      : [step('customs', 'customs-revocation-decision', null, `${base}/lifecycle`)];
  }
  if (authorisation.status === 'suspended' && state.suspension) {
    const { planDue, remediationDue } = state.suspension;
    if (remediationDue === undefined)
      return [step('trader', 'remediation-plan-due', planDue, `${base}/remediation-plan`)];
    return [
      step('trader', 'carry-out-remediation', remediationDue, `${base}/lifecycle`),
      step('customs', 'customs-reinstatement-decision', remediationDue, `${base}/lifecycle`),
    ];
  }
  if (state.cycle && !state.cycle.selfAssessmentDone)
    return [
      step(
        'trader',
        'update-revalidation-self-assessment',
        state.cycle.selfAssessmentDue,
        `${base}/revalidation/self-assessment`,
      ),
    ];
  if (state.cycle)
    return [step('customs', 'customs-revalidation-decision', authorisation.revalidationDue, `${base}/lifecycle`)];
  return [step('customs', 'revalidation-due', authorisation.revalidationDue, `${base}/lifecycle`)];
}

const DAY_MS = 86_400_000;

/** A step as answered: its deadline with the calendar days left in the programme's zone. */
export interface AnsweredStep extends Omit<NextStep, 'dueAt'> {
  deadline: { dueAt: Date; daysLeft: number; overdue: boolean } | null;
}

/**
 * The steps with their days left (calendar days of `timeZone`, PROGRAMME_TIME_ZONE: 0 due today,
 * negative when past), the soonest deadline first, those without one last; the trader's before
 * customs' on the same instant.
 */
export function answeredSteps(steps: readonly NextStep[], now: Date, timeZone: string): AnsweredStep[] {
  const today = Date.parse(calendarDay(now, timeZone));
  const rank = (step: NextStep) => step.dueAt?.getTime() ?? Number.POSITIVE_INFINITY;
  return [...steps]
    .sort((a, b) => rank(a) - rank(b) || NEXT_STEP_ACTORS.indexOf(a.actor) - NEXT_STEP_ACTORS.indexOf(b.actor))
    .map(({ dueAt, ...step }) => ({
      ...step,
      deadline: dueAt && {
        dueAt,
        daysLeft: Math.round((Date.parse(calendarDay(dueAt, timeZone)) - today) / DAY_MS),
        overdue: dueAt.getTime() < now.getTime(),
      },
    }));
}
