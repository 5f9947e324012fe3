import type { Language } from '@aeo/contracts';
import type { MessageCatalogue, MessageValues } from './message-catalogue';

/**
 * The arguments of a template's messages, from the event's data. The words are in the catalogues
 * (messages/*.json); this file only puts the data into the shape they print: every field of the
 * event as text (as before the catalogues, a missing field prints as "undefined"), the company's
 * name phrases, flags for the choices a message makes, and per template the free texts as
 * sentences or clauses, lists, and labels of coded values.
 */
type EventData = Record<string, unknown>;

/** A value as text; absent values become '' (never 'undefined' or 'null'). */
const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value).trim());
/** A list joined with '; ' (a single value as is). */
const list = (value: unknown): string =>
  Array.isArray(value) ? value.map(text).filter(Boolean).join('; ') : text(value);
const hasItems = (value: unknown): boolean => list(value).length > 0;
/** Free text as a sentence: a full stop added when it has no closing punctuation. */
const sentence = (value: unknown): string => {
  const s = text(value);
  return s && !/[.!?…]$/.test(s) ? `${s}.` : s;
};
/** Free text inside a sentence: without its closing full stop. */
const clause = (value: unknown): string => text(value).replace(/[.\s]+$/, '');
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const clip = (s: string, max = 32): string => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);
/** A flag for `{flag, select, true {…} other {…}}`. */
const flag = (value: boolean): string => (value ? 'true' : 'false');
/** A coded value as a select key: ICU keys cannot hold '-' (`remediation-plan-submitted` → `remediation_plan_submitted`). */
const selectKey = (value: unknown): string => text(value).replace(/[^\p{L}\p{N}_]/gu, '_');

/** What a template's values may look up in the recipient's language. */
interface Terms {
  /** A coded value's label (`label.<table>.<value>`), the value itself when it has none. */
  label(table: string, value: unknown): string;
  /** The checklist question a corrective action is about, in the language (its id when the text is missing). */
  criterion(): string;
  /** What a failed workflow step is about: the authorisation, else the application. */
  workflowSubject(): string;
  /** A text given in Mongolian and English (`{ mn, en }`), in the language. */
  inLanguage(value: unknown): string;
}

/** Coded values' labels joined with ', ' (`terms.benefitsWeGrant` → "fewer physical examinations, priority clearance"). */
const labels = (t: Terms, table: string, values: unknown): string =>
  Array.isArray(values)
    ? values
        .map((value) => t.label(table, value))
        .filter(Boolean)
        .join(', ')
    : '';
/** The partner country of an MRA event by its name in the language (its ISO code when the catalogue has none). */
const partner = (d: EventData, t: Terms) => ({ partner: t.label('mra-country', d['partnerCountry'] ?? d['country']) });
const countOf = (counts: unknown, name: string): number => Number((counts as EventData | undefined)?.[name] ?? 0);

/** A phase change: the phases' words, the reason, and from `signed` on the terms (what each side grants). */
function mraPhaseChanged(d: EventData, t: Terms): Record<string, string> {
  const terms = d['terms'] as EventData | null | undefined;
  const reason = clause(d['reason']);
  return {
    ...partner(d, t),
    hasFrom: flag(text(d['from']) !== ''),
    fromLabel: t.label('mra-phase', d['from']),
    toLabel: t.label('mra-phase', d['to']),
    reason,
    hasReason: flag(reason !== ''),
    hasTerms: flag(Boolean(terms)),
    statusTypes: Array.isArray(terms?.['statusTypes']) ? (terms['statusTypes'] as unknown[]).map(text).join(', ') : '',
    directions: labels(t, 'mra-direction', terms?.['directions']),
    benefitsWeGrant: labels(t, 'mra-benefit', terms?.['benefitsWeGrant']),
    benefitsPartnerGrants: labels(t, 'mra-benefit', terms?.['benefitsPartnerGrants']),
    hasReviewDue: flag(text(d['reviewDueAt']) !== ''),
  };
}

/** A partner list's import: the counts of its difference from the version before, and whether AEOs lost recognition. */
function mraListImported(d: EventData, t: Terms): Record<string, string> {
  const counts = d['counts'];
  const lost = countOf(counts, 'suspended') + countOf(counts, 'removed');
  return {
    ...partner(d, t),
    format: text(d['format']).toUpperCase(),
    countNew: String(countOf(counts, 'new')),
    countChanged: String(countOf(counts, 'changed')),
    countSuspended: String(countOf(counts, 'suspended')),
    countRemoved: String(countOf(counts, 'removed')),
    countUnchanged: String(countOf(counts, 'unchanged')),
    hasLost: flag(lost > 0),
  };
}

/** A foreign identifier for review: why (no match or several), and the candidates' identifiers. */
function mraForeignIdReview(d: EventData, t: Terms): Record<string, string> {
  const candidates = Array.isArray(d['candidates']) ? (d['candidates'] as EventData[]) : [];
  return {
    ...partner(d, t),
    reason: selectKey(d['reason']),
    declaredIdShort: clip(text(d['declaredId']), 24),
    candidates: candidates.map((candidate) => text(candidate['aeoId'])).join('; '),
    candidateCount: String(candidates.length),
  };
}

/**
 * A deviation case's place (the whole country or a region, and the status type), the threshold's
 * bound as a select key, the escalated action, the plan's actions and the step's free texts.
 */
function deviation(d: EventData): Record<string, string> {
  const threshold = d['threshold'] as EventData | undefined;
  const action = d['action'] as EventData | undefined;
  const actions = Array.isArray(d['actions']) ? (d['actions'] as EventData[]) : [];
  const decision = sentence(d['decision']);
  return {
    isNational: flag(d['scope'] === 'national'),
    hasStatusType: flag(text(d['statusType']) !== ''),
    bound: selectKey(threshold?.['bound'] ?? d['bound']),
    limit: text(threshold?.['limit'] ?? d['limit']),
    version: text(threshold?.['version'] ?? d['version']),
    rootCause: sentence(d['rootCause']),
    owner: clause(d['owner']),
    actionCount: String(actions.length),
    actions: actions
      .map((a) => `${text(a['actionId'])} ${clause(a['description'])} (${text(a['owner'])}, ${text(a['dueDate'])})`)
      .join('; '),
    actionId: text(action?.['actionId']),
    actionDescription: clause(action?.['description']),
    actionOwner: text(action?.['owner']),
    actionDue: text(action?.['dueDate']),
    outcome: selectKey(d['outcome']),
    decision,
    hasDecision: flag(decision !== ''),
    replan: flag(d['replan'] === true),
    reason: sentence(d['reason']),
  };
}

const measures = (d: EventData) => ({ measures: list(d['measures']), hasMeasures: flag(hasItems(d['measures'])) });
const hasCycle = (d: EventData) => flag(Boolean(d['cycle']));

/** Per template, the arguments beyond the event's fields and the common ones (they replace a field of the same name). */
/** A pilot's contact officer or training: the officer by name, the session's place and link when given, the topics. */
function pilotPeople(d: EventData): Record<string, string> {
  return {
    officer: text(d['officerName']) || text(d['officerSub']),
    hasPrevious: flag(text(d['previousOfficerSub']) !== ''),
    reason: sentence(d['reason']),
    topicShort: clip(text(d['topic']), 44),
    hasPlace: flag(text(d['place']) !== ''),
    hasLink: flag(text(d['link']) !== ''),
    isRequired: flag(d['required'] === true),
    topics: list(d['topics']),
  };
}

/** A pilot's milestone (its title, due date, owner and workstream in words) and the pilot's dates and reasons. */
function pilotCore(d: EventData, t: Terms): Record<string, string> {
  const milestone = (d['milestone'] ?? {}) as EventData;
  const notDone = Array.isArray(d['milestonesNotDone']) ? (d['milestonesNotDone'] as EventData[]) : [];
  return {
    milestoneTitle: text(milestone['title']),
    milestoneTitleShort: clip(text(milestone['title'])),
    dueOn: text(milestone['dueOn']),
    owner: text(milestone['owner']),
    workstreamLabel: t.label('pilot-workstream', milestone['workstream']),
    reason: sentence(d['reason']),
    notDone: String(notDone.length),
    notDoneList: notDone.map((m) => text(m['title'])).join('; '),
    fromStatus: text(d['from']),
  };
}

/** A pilot questionnaire or lesson learnt: the title in the recipient's language (cut for subjects), the lesson's category in words. */
function pilotEvaluation(d: EventData, t: Terms): Record<string, string> {
  const title = t.inLanguage(d['title']);
  return {
    title,
    titleShort: clip(title, 44),
    hasReason: flag(text(d['reason']) !== ''),
    reason: sentence(d['reason']),
    categoryLabel: t.label('pilot-lesson-category', d['category']),
    lesson: sentence(d['lesson']),
    recommendation: sentence(d['recommendation']),
  };
}

/** A pilot's selection: the draft programme in the recipient's language, the reason, the replacement proposed. */
function pilotSelection(d: EventData, t: Terms): Record<string, string> {
  const draft = (d['draftProgramme'] ?? {}) as EventData;
  const proposed = d['proposed'] as EventData | null | undefined;
  return {
    pilotTitleShort: clip(text(d['pilotTitle']), 44),
    criteria: clause(t.inLanguage(draft['eligibilityCriteria'])),
    benefits: clause(t.inLanguage(draft['benefits'])),
    validation: clause(t.inLanguage(draft['validationProcess'])),
    hasVersion: flag(draft['programmeVersion'] !== undefined),
    programmeVersion: text(draft['programmeVersion']),
    reason: sentence(d['reason']),
    hasProposed: flag(Boolean(proposed)),
    proposedTaxpayerId: text(proposed?.['taxpayerId']),
    proposedRank: text(proposed?.['rank']),
  };
}

const TEMPLATE_VALUES: Readonly<Record<string, (d: EventData, t: Terms) => Record<string, string>>> = {
  'authorisation-suspended.v1': (d) => ({ remediationDue: String(d['remediationPlanDue'] ?? d['effectiveFrom']) }),
  'authorisation-revocation-intended.v1': (d) => ({ grounds: `${(d['grounds'] as string[] | undefined)?.join('; ')}` }),
  'information-requested.v1': (d) => ({ questions: sentence(d['questions']) }),
  'application-withdrawn.v1': (d) => ({ reason: sentence(d['reason']) }),
  'decision-extended.v1': (d) => ({ reasons: sentence(list(d['reasons'])) }),
  'hearing-opened.v1': (d) => ({ grounds: sentence(list(d['grounds'])) }),
  'validation-closed.v1': (d, t) => ({ cause: t.label('closed-cause', d['cause']) }),
  'corrective-action-requested.v1': (d, t) => ({ criterion: t.criterion(), description: sentence(d['description']) }),
  'authorisation-refused.v1': (d) => ({ reasons: sentence(list(d['reasons'])) }),
  'suspension-progress.v1': (d) => ({ kind: selectKey(d['kind']), ...measures(d) }),
  'staff-application-withdrawn.v1': (d) => ({ reason: sentence(d['reason']) }),
  'staff-validation-assigned.v1': (d, t) => ({
    riskRecommendation: t.label('risk-recommendation', d['riskRecommendation']),
    hasCycle: hasCycle(d),
  }),
  'staff-validation-closed.v1': (d, t) => ({ cause: t.label('closed-cause', d['cause']), hasCycle: hasCycle(d) }),
  'staff-corrective-action-requested.v1': (d, t) => ({
    criterion: t.criterion(),
    description: sentence(d['description']),
  }),
  'staff-corrective-action-answered.v1': (_d, t) => ({ criterion: t.criterion() }),
  'staff-report-submitted.v1': (d, t) => ({
    recommendation: t.label('report-recommendation', d['recommendation']),
    conditions: list(d['conditions']),
    hasConditions: flag(hasItems(d['conditions'])),
  }),
  'staff-revalidation-started.v1': (d, t) => {
    const trigger = (d['trigger'] ?? {}) as EventData;
    const reason = clause(trigger['reason']);
    return {
      hasCycle: hasCycle(d),
      triggerSource: t.label('trigger-source', trigger['source']),
      triggerReason: reason,
      hasTriggerReason: flag(reason !== ''),
    };
  },
  'staff-revalidation-requested.v1': (d) => ({ reason: sentence(d['reason']) }),
  'staff-change-reported.v1': (d, t) => ({
    kind: t.label('change-kind', d['kind']),
    description: sentence(d['description']),
  }),
  'staff-authorisation-suspended.v1': (d) => ({
    grounds: sentence(d['grounds']),
    hasRemediationPlanDue: flag(Boolean(d['remediationPlanDue'])),
  }),
  'staff-suspension-progress.v1': (d) => ({ kind: selectKey(d['kind']), ...measures(d) }),
  'staff-authorisation-revoked.v1': (d) => ({ grounds: sentence(d['grounds']) }),
  'staff-authorisation-surrendered.v1': (d) => ({ reason: sentence(d['reason']) }),
  'staff-watchdog-alert.v1': (d, t) => ({
    problem: t.label('watchdog-problem', d['problem']),
    detail: clause(d['detail']),
  }),
  'staff-workflow-step-failed.v1': (d, t) => ({
    action: text(d['action']),
    actionShort: clip(text(d['action']), 24),
    workflowSubject: t.workflowSubject(),
    process: t.label('workflow-process', d['process']),
    workflowId: text(d['workflowId']),
    outcome: selectKey(d['outcome']),
    by: text(d['by']),
    hasBy: flag(text(d['by']) !== ''),
    activity: text(d['activity']),
    failureType: text(d['failureType']),
    detail: clause(d['detail']),
  }),
  'staff-risk-alert.v1': (d, t) => ({
    severity: t.label('severity', d['severity']),
    reason: sentence(d['reason']),
    recommendation: t.label('alert-recommendation', d['recommendation']),
  }),
  'staff-mra-phase-changed.v1': mraPhaseChanged,
  'staff-mra-review-due.v1': partner,
  'staff-mra-list-exported.v1': partner,
  'staff-mra-list-imported.v1': mraListImported,
  'staff-mra-foreign-id-review.v1': mraForeignIdReview,
  'staff-deviation-opened.v1': deviation,
  'staff-deviation-analysed.v1': deviation,
  'staff-deviation-planned.v1': deviation,
  'staff-deviation-escalated.v1': deviation,
  'staff-deviation-closed.v1': deviation,
  'staff-deviation-dismissed.v1': deviation,
  'staff-threshold-changed.v1': deviation,
  'staff-threshold-withdrawn.v1': deviation,
  'pilot-contact-officer-assigned.v1': pilotPeople,
  'staff-pilot-contact-officer-assigned.v1': pilotPeople,
  'pilot-training-registered.v1': pilotPeople,
  'staff-pilot-training-registered.v1': pilotPeople,
  'pilot-training-completed.v1': pilotPeople,
  'staff-pilot-training-completed.v1': pilotPeople,
  'pilot-training-session-scheduled.v1': pilotPeople,
  'staff-pilot-training-session-scheduled.v1': pilotPeople,
  'staff-pilot-questionnaire-opened.v1': pilotEvaluation,
  'pilot-questionnaire-requested.v1': pilotEvaluation,
  'staff-pilot-questionnaire-requested.v1': pilotEvaluation,
  'staff-pilot-questionnaire-closed.v1': pilotEvaluation,
  'staff-pilot-lesson-recorded.v1': pilotEvaluation,
  'staff-pilot-started.v1': pilotCore,
  'staff-pilot-extended.v1': pilotCore,
  'staff-pilot-ended.v1': pilotCore,
  'staff-pilot-final-report-generated.v1': pilotCore,
  'staff-pilot-final-report-approval-reminder.v1': pilotCore,
  'staff-pilot-final-report-approval-escalated.v1': pilotCore,
  'staff-pilot-cancelled.v1': pilotCore,
  'staff-pilot-milestone-due-soon.v1': pilotCore,
  'staff-pilot-milestone-late.v1': pilotCore,
  'staff-pilot-milestone-escalated.v1': pilotCore,
  'staff-pilot-milestone-planned.v1': pilotCore,
  'staff-pilot-milestone-done.v1': pilotCore,
  'pilot-invitation.v1': pilotSelection,
  'staff-pilot-invitation-declined.v1': pilotSelection,
  'staff-pilot-replacement-proposed.v1': pilotSelection,
};

/** The zone's key for `common.zone`, which names it in each language. */
const zoneKey = (timeZone: string): string =>
  timeZone === 'Asia/Ulaanbaatar' ? 'ulaanbaatar' : timeZone === 'UTC' || timeZone === 'Etc/UTC' ? 'utc' : 'other';

/**
 * Every argument a template's messages may name: the event's fields, then
 * - `zone`: the time zone's name, said once at the message's first date;
 * - the company, for staff: `holder` (its name and taxpayer id, "Gobi Trade LLC, taxpayer ID …"),
 *   `actor` (as the subject of a sentence; `Actor` capitalised), `shortName` (for subjects);
 * - `isRevalidation`: whether a validation case is a revalidation;
 * - and the template's own values.
 */
export function templateValues(
  template: string,
  language: Language,
  data: EventData,
  catalogue: MessageCatalogue,
  timeZone: string,
): MessageValues {
  const phrase = (key: string, values: MessageValues): string =>
    catalogue.format(language, key, values, timeZone) ?? '';
  const operatorName = text(data['operatorName']);
  const company = { hasName: flag(operatorName !== ''), operatorName, taxpayerId: text(data['taxpayerId']) };
  const actor = phrase('common.actor', company);
  const terms: Terms = {
    label: (table, value) => (text(value) ? phrase(`label.${table}.${text(value)}`, {}) || text(value) : ''),
    criterion: () =>
      clause((data['criterion'] as Record<string, unknown> | undefined)?.[language]) || text(data['questionId']),
    workflowSubject: () =>
      phrase('common.workflow-subject', {
        hasAuthorisation: flag(text(data['authorisationNumber']) !== ''),
        authorisationNumber: text(data['authorisationNumber']),
        applicationPrefix: text(data['applicationId']).slice(0, 8),
      }),
    inLanguage: (value) => text((value as Record<string, unknown> | undefined)?.[language]),
  };
  return {
    ...Object.fromEntries(Object.entries(data).map(([field, value]) => [field, `${value}`])),
    zone: phrase('common.zone', { zoneKey: zoneKey(timeZone), zoneId: timeZone }),
    holder: phrase('common.holder', company),
    actor,
    Actor: cap(actor),
    shortName: clip(phrase('common.short-name', company)),
    isRevalidation: flag(data['purpose'] === 'revalidation' && text(data['authorisationNumber']) !== ''),
    ...TEMPLATE_VALUES[template]?.(data, terms),
  };
}
