import { regionCode } from '@aeo/contracts';

/**
 * The routing table: which people hear of which event, and in which words. Backend platforms
 * are not in it: they subscribe to event types themselves (webhook subscriptions) and get the
 * event as published.
 *
 * Audiences:
 * - `operator`: the company's contact (email, in its language) and its users' in-app inbox;
 * - `contact-officers`: the operator's own contact officer when one is assigned
 *   (`/v1/operator-contact-officers`), else the contact officers of its region;
 * - `assigned-validator`: the validator assigned to the validation case;
 * - `regional-office`: staff of the operator's regional office (of the region of a deviation case's
 *   regional scope);
 * - `executives`: the executives who decide on authorisations (and sign or terminate mutual
 *   recognition arrangements);
 * - `mra-officers`: the officers who run the mutual recognition arrangements and the partner lists;
 * - `policy-unit`: the programme's policy unit (KPI thresholds and the deviation cases);
 * - `milestone-owner`: the owner a pilot milestone names (`milestone.owner`): a staff member by token
 *   subject (from the staff contact directory), or an email address;
 * - `pilot-companies`: the companies taking part in the pilot (accepted, not withdrawn), as the
 *   `operator` audience reaches each;
 * - `pilot-contact-officers`: the contact officers the pilot assigned: the named company's (withdrawn
 *   or not), else those of every company taking part;
 * - `operations`: the team that keeps the platform running;
 * - `invitee`: the person a company invitation names (its `email`, in its `language`; no inbox).
 * Staff are found in the staff contact directory (`/v1/staff-contacts`).
 */
export const AUDIENCES = [
  'operator',
  'contact-officers',
  'assigned-validator',
  'regional-office',
  'executives',
  'mra-officers',
  'policy-unit',
  'operations',
  'milestone-owner',
  'pilot-companies',
  'pilot-contact-officers',
  'invitee',
] as const;
export type Audience = (typeof AUDIENCES)[number];

export interface Route {
  audience: Audience;
  /** A template id `<name>.v<version>` from the template catalogue. */
  template: string;
  /** Only when the event's data satisfies this (e.g. an overdue report, not a reminder). */
  when?: (data: Record<string, unknown>) => boolean;
}

const to = (audience: Audience, template: string, when?: Route['when']): Route => ({ audience, template, when });
/** The holder hears of it in its words (template `<name>.v1`), the named staff in theirs (`staff-<name>.v1`). */
const toHolderAndStaff = (staff: Audience, name: string): Route[] => [
  to('operator', `${name}.v1`),
  to(staff, `staff-${name}.v1`),
];
/** Several staff audiences get the same message. */
const toEach = (audiences: readonly Audience[], template: string): Route[] =>
  audiences.map((audience) => to(audience, template));
/**
 * The region an event concerns, for the region-scoped audiences: its `region`, or the regional
 * scope of a programme deviation case (`scope`: a region's code, or `national`).
 */
export function regionOfEvent(data: Record<string, unknown>): string | undefined {
  const region = data['region'];
  if (typeof region === 'string' && region.length > 0) return region;
  const scope = data['scope'];
  return scope !== 'national' && regionCode.safeParse(scope).success ? (scope as string) : undefined;
}
/** A deviation case of one region (not a national one): its regional office hears of it too. */
const regional = (data: Record<string, unknown>) => data['scope'] !== 'national' && regionOfEvent(data) !== undefined;
/** An event about a company (a training registration of its staff, not of customs staff). */
const forCompany = (data: Record<string, unknown>) => typeof data['taxpayerId'] === 'string';
const kindIs =
  (...kinds: string[]) =>
  (data: Record<string, unknown>) =>
    kinds.includes(String(data['kind']));

export const ROUTES: Readonly<Record<string, readonly Route[]>> = {
  // Certification
  'aeo.application.submitted.v1': toHolderAndStaff('regional-office', 'application-submitted'),
  'aeo.application.accepted.v1': [to('operator', 'application-accepted.v1')],
  'aeo.application.rejected.v1': [to('operator', 'application-rejected.v1')],
  'aeo.application.information-requested.v1': [to('operator', 'information-requested.v1')],
  'aeo.application.information-received.v1': [to('contact-officers', 'staff-information-received.v1')],
  'aeo.application.withdrawn.v1': toHolderAndStaff('regional-office', 'application-withdrawn'),
  'aeo.application.decision-due.v1': toEach(['executives', 'regional-office'], 'staff-decision-due.v1'),
  'aeo.application.decision-overdue.v1': toEach(['executives', 'regional-office'], 'staff-decision-overdue.v1'),
  'aeo.application.decision-extended.v1': [to('operator', 'decision-extended.v1')],
  'aeo.application.hearing-opened.v1': [to('operator', 'hearing-opened.v1')],
  'aeo.application.hearing-responded.v1': [to('executives', 'staff-hearing-responded.v1')],
  'aeo.validation.opened.v1': [
    to('operator', 'validation-opened.v1'),
    to('assigned-validator', 'staff-validation-assigned.v1'),
  ],
  'aeo.validation.visit-scheduled.v1': toHolderAndStaff('assigned-validator', 'visit-scheduled'),
  'aeo.validation.report-reminder.v1': [
    to('assigned-validator', 'staff-report-reminder.v1'),
    to('regional-office', 'staff-report-overdue.v1', kindIs('overdue')),
  ],
  'aeo.validation.report-submitted.v1': [to('executives', 'staff-report-submitted.v1')],
  'aeo.validation.closed.v1': toHolderAndStaff('assigned-validator', 'validation-closed'),
  'aeo.validation.corrective-action-requested.v1': toHolderAndStaff('contact-officers', 'corrective-action-requested'),
  'aeo.validation.corrective-action-answered.v1': [to('assigned-validator', 'staff-corrective-action-answered.v1')],
  'aeo.authorisation.granted.v1': toHolderAndStaff('contact-officers', 'authorisation-granted'),
  'aeo.authorisation.refused.v1': [to('operator', 'authorisation-refused.v1')],
  // A company's invitation reaches the person invited, with the link to the identity provider.
  'aeo.operator.invitation-created.v1': [to('invitee', 'operator-invitation.v1')],
  // After the grant
  'aeo.revalidation.due.v1': toHolderAndStaff('contact-officers', 'revalidation-due'),
  'aeo.revalidation.started.v1': toHolderAndStaff('contact-officers', 'revalidation-started'),
  'aeo.revalidation.completed.v1': [to('operator', 'revalidation-completed.v1')],
  'aeo.revalidation.requested.v1': [to('contact-officers', 'staff-revalidation-requested.v1')],
  'aeo.authorisation.change-reported.v1': [to('contact-officers', 'staff-change-reported.v1')],
  'aeo.authorisation.suspended.v1': toHolderAndStaff('contact-officers', 'authorisation-suspended'),
  'aeo.authorisation.suspension-progress.v1': [
    to('operator', 'suspension-progress.v1', kindIs('remediation-plan-overdue', 'remediation-period-ended')),
    to('executives', 'staff-suspension-progress.v1'),
  ],
  'aeo.authorisation.reinstated.v1': toHolderAndStaff('contact-officers', 'authorisation-reinstated'),
  'aeo.authorisation.revocation-intended.v1': [to('operator', 'authorisation-revocation-intended.v1')],
  'aeo.authorisation.revoked.v1': toHolderAndStaff('contact-officers', 'authorisation-revoked'),
  'aeo.authorisation.surrendered.v1': toHolderAndStaff('contact-officers', 'authorisation-surrendered'),
  'aeo.revalidation.watchdog-alert.v1': [to('operations', 'staff-watchdog-alert.v1')],
  'aeo.workflow.action-failed.v1': [to('operations', 'staff-workflow-step-failed.v1')],
  // Risk
  'aeo.risk-alert.raised.v1': [to('contact-officers', 'staff-risk-alert.v1')],
  // Mutual recognition
  'aeo.mra-arrangement.phase-changed.v1': toEach(['mra-officers', 'executives'], 'staff-mra-phase-changed.v1'),
  'aeo.mra-arrangement.review-due.v1': toEach(['mra-officers', 'executives'], 'staff-mra-review-due.v1'),
  'aeo.mra-list.exported.v1': [to('mra-officers', 'staff-mra-list-exported.v1')],
  'aeo.mra-partner-list.imported.v1': [to('mra-officers', 'staff-mra-list-imported.v1')],
  'aeo.mra-foreign-id.review-needed.v1': [to('mra-officers', 'staff-mra-foreign-id-review.v1')],
  // Programme quality monitoring (deviation cases; their other steps are records for systems). A
  // regional case's office hears of its opening, escalation and closure.
  'aeo.programme-deviation.opened.v1': [
    to('policy-unit', 'staff-deviation-opened.v1'),
    to('regional-office', 'staff-deviation-opened.v1', regional),
  ],
  'aeo.programme-deviation.analysed.v1': [to('policy-unit', 'staff-deviation-analysed.v1')],
  'aeo.programme-deviation.planned.v1': [to('policy-unit', 'staff-deviation-planned.v1')],
  'aeo.programme-deviation.escalated.v1': [
    ...toEach(['executives', 'policy-unit'], 'staff-deviation-escalated.v1'),
    to('regional-office', 'staff-deviation-escalated.v1', regional),
  ],
  'aeo.programme-deviation.closed.v1': [
    ...toEach(['policy-unit', 'executives'], 'staff-deviation-closed.v1'),
    to('regional-office', 'staff-deviation-closed.v1', regional),
  ],
  'aeo.programme-deviation.dismissed.v1': [
    ...toEach(['policy-unit', 'executives'], 'staff-deviation-dismissed.v1'),
    to('regional-office', 'staff-deviation-dismissed.v1', regional),
  ],
  'aeo.programme-threshold.changed.v1': toEach(['policy-unit', 'executives'], 'staff-threshold-changed.v1'),
  'aeo.programme-threshold.withdrawn.v1': toEach(['policy-unit', 'executives'], 'staff-threshold-withdrawn.v1'),
  // The pilot core: a milestone's owner is reminded before its due date and told when it is late (the
  // policy unit too); the executives hear of escalations; the pilot's time frame reaches both.
  'aeo.programme-pilot.started.v1': toEach(['policy-unit', 'executives'], 'staff-pilot-started.v1'),
  'aeo.programme-pilot.extended.v1': toEach(['policy-unit', 'executives'], 'staff-pilot-extended.v1'),
  'aeo.programme-pilot.ended.v1': toEach(['policy-unit', 'executives'], 'staff-pilot-ended.v1'),
  'aeo.programme-pilot.final-report-generated.v1': toEach(
    ['executives', 'policy-unit'],
    'staff-pilot-final-report-generated.v1',
  ),
  // A final report awaiting approval: the executives are reminded, then the executives and the policy unit
  // hear of its escalation (the pilot workflow, PILOT_FINAL_REPORT_APPROVAL_TIMING).
  'aeo.programme-pilot.final-report-approval-reminded.v1': [
    to('executives', 'staff-pilot-final-report-approval-reminder.v1'),
  ],
  'aeo.programme-pilot.final-report-approval-escalated.v1': toEach(
    ['executives', 'policy-unit'],
    'staff-pilot-final-report-approval-escalated.v1',
  ),
  'aeo.programme-pilot.cancelled.v1': toEach(['policy-unit', 'executives'], 'staff-pilot-cancelled.v1'),
  'aeo.programme-pilot-milestone.due-soon.v1': [to('milestone-owner', 'staff-pilot-milestone-due-soon.v1')],
  'aeo.programme-pilot-milestone.late.v1': toEach(['milestone-owner', 'policy-unit'], 'staff-pilot-milestone-late.v1'),
  'aeo.programme-pilot-milestone.escalated.v1': toEach(
    ['executives', 'policy-unit'],
    'staff-pilot-milestone-escalated.v1',
  ),
  // A milestone added to a running pilot reaches its owner; one reported done the policy unit, and the
  // executives too when it had been escalated to them.
  'aeo.programme-pilot-milestone.planned.v1': [to('milestone-owner', 'staff-pilot-milestone-planned.v1')],
  'aeo.programme-pilot-milestone.done.v1': [
    to('policy-unit', 'staff-pilot-milestone-done.v1'),
    to('executives', 'staff-pilot-milestone-done.v1', (data) => data['from'] === 'escalated'),
  ],
  // Pilot companies' contact officers and training: the company and its contact officer hear of them
  // (the assignment makes the officer the company's own first: RecipientDirectory.observe).
  'aeo.programme-pilot.contact-officer-assigned.v1': toHolderAndStaff(
    'contact-officers',
    'pilot-contact-officer-assigned',
  ),
  // A session reaches those it is for: company staff sessions the companies taking part, customs staff
  // sessions the contact officers the pilot assigned.
  'aeo.programme-pilot.training-session-scheduled.v1': [
    to('pilot-companies', 'pilot-training-session-scheduled.v1', (data) => data['audience'] === 'company-staff'),
    to(
      'pilot-contact-officers',
      'staff-pilot-training-session-scheduled.v1',
      (data) => data['audience'] === 'customs-staff',
    ),
  ],
  'aeo.programme-pilot.training-registered.v1': [
    to('operator', 'pilot-training-registered.v1', forCompany),
    to('contact-officers', 'staff-pilot-training-registered.v1', forCompany),
  ],
  'aeo.programme-pilot.training-completed.v1': toHolderAndStaff('contact-officers', 'pilot-training-completed'),
  // Pilot evaluation: an external questionnaire asks each pilot company (one response-requested event
  // each); an internal one asks customs staff once, with its opening: one message to each of the pilot's
  // contact officers (however many companies they are in charge of); the policy unit and executives hear
  // of openings, closings and lessons.
  'aeo.programme-pilot-evaluation.questionnaire-opened.v1': [
    ...toEach(['policy-unit', 'executives'], 'staff-pilot-questionnaire-opened.v1'),
    to('pilot-contact-officers', 'staff-pilot-questionnaire-requested.v1', (data) => data['audience'] === 'internal'),
  ],
  'aeo.programme-pilot-evaluation.response-requested.v1': [
    to('operator', 'pilot-questionnaire-requested.v1', (data) => data['audience'] === 'external'),
  ],
  'aeo.programme-pilot-evaluation.questionnaire-closed.v1': toEach(
    ['policy-unit', 'executives'],
    'staff-pilot-questionnaire-closed.v1',
  ),
  'aeo.programme-pilot-evaluation.lesson-recorded.v1': toEach(
    ['policy-unit', 'executives'],
    'staff-pilot-lesson-recorded.v1',
  ),
  // Pilot selection: a chosen candidate gets the invitation with the draft programme (in its inbox by
  // taxpayer id, by email once it is a registered operator); the policy unit hears of the answers and replacements.
  'aeo.programme.pilot.invitation-sent.v1': [to('operator', 'pilot-invitation.v1')],
  'aeo.programme.pilot.participant-accepted.v1': [to('policy-unit', 'staff-pilot-participant-accepted.v1')],
  'aeo.programme.pilot.participant-declined.v1': [to('policy-unit', 'staff-pilot-invitation-declined.v1')],
  'aeo.programme.pilot.invitation-expired.v1': [
    to('operator', 'pilot-invitation-expired.v1'),
    to('policy-unit', 'staff-pilot-invitation-expired.v1'),
  ],
  'aeo.programme.pilot.replacement-proposed.v1': [to('policy-unit', 'staff-pilot-replacement-proposed.v1')],
  // A withdrawn company and the contact officer the pilot gave it hear of the withdrawal (the
  // operator's own contact officer from before the pilot is back: RecipientDirectory.observe).
  'aeo.programme.pilot.participant-withdrawn.v1': [
    to('operator', 'pilot-participant-withdrawn.v1'),
    to('pilot-contact-officers', 'staff-pilot-participant-withdrawn.v1'),
  ],
};

/** The routes that apply to one event. */
export function routesFor(eventType: string, data: Record<string, unknown>): Route[] {
  return (ROUTES[eventType] ?? []).filter((route) => !route.when || route.when(data));
}
