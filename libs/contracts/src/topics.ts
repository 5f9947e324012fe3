/**
 * Topics as code: every Kafka topic the platform owns, with its partitioning and retention.
 * The local launcher creates these (and their `.dlq` twins); the AsyncAPI document is generated
 * from the same list. Names follow `<domain>.<aggregate>.events.v<major>`; a breaking change
 * gets a new major topic, never an edit of an existing one.
 */
export interface TopicDefinition {
  /** Full topic name. */
  readonly name: string;
  /** Aggregate whose id is the message key, so one aggregate's events stay in order. */
  readonly aggregate: string;
  readonly description: string;
  readonly partitions: number;
  readonly retentionMs: number;
  /** Which service publishes here (the owner), or `external` for feeds from other platforms. */
  readonly producer:
    | 'applications'
    | 'validation'
    | 'risk-management'
    | 'mra'
    | 'notifications'
    | 'programme'
    | 'workflows'
    | 'external';
}

const DAY_MS = 24 * 60 * 60 * 1000;

export const DLQ_SUFFIX = '.dlq';
export const dlqTopicOf = (topic: string): string => `${topic}${DLQ_SUFFIX}`;

export const TOPIC_NAMES = {
  applicationEvents: 'aeo.application.events.v1',
  certificationEvents: 'aeo.certification.events.v1',
  notificationEvents: 'aeo.notification.events.v1',
  declarationEvents: 'aeo.declaration.events.v1',
  complianceEvents: 'aeo.compliance.events.v1',
  riskEvents: 'aeo.risk.events.v1',
  decisionChangelog: 'aeo.risk.decision-changelog.v1',
  riskAlertEvents: 'aeo.risk-alert.events.v1',
  validationEvents: 'aeo.validation.events.v1',
  mraEvents: 'aeo.mra.events.v1',
  programmeEvents: 'aeo.programme.events.v1',
  pilotEvents: 'aeo.programme.pilots.v1',
} as const;

export type TopicName = (typeof TOPIC_NAMES)[keyof typeof TOPIC_NAMES];

export const TOPICS: readonly TopicDefinition[] = [
  {
    name: TOPIC_NAMES.applicationEvents,
    aggregate: 'operator',
    description:
      'Lifecycle of AEO applications: submitted, accepted, information requested, rejected, withdrawn; and the operators’ own changes (company data updated, a user removed).',
    partitions: 6,
    retentionMs: 30 * DAY_MS,
    producer: 'applications',
  },
  {
    name: TOPIC_NAMES.certificationEvents,
    aggregate: 'operator',
    description:
      'Certification outcomes and the AEO register: authorisations granted, refused, suspended, reinstated, revoked, surrendered; revalidation reminders and cycles, reported changes, suspension progress, intended revocations.',
    partitions: 6,
    retentionMs: 30 * DAY_MS,
    producer: 'applications',
  },
  {
    name: TOPIC_NAMES.declarationEvents,
    aggregate: 'trader',
    description:
      'Customs declarations lodged in the declaration processing system (external feed), keyed by trader taxpayer id.',
    partitions: 12,
    retentionMs: 7 * DAY_MS,
    producer: 'external',
  },
  {
    name: TOPIC_NAMES.complianceEvents,
    aggregate: 'trader',
    description:
      'Infringements, penalties and audit findings recorded against traders (external feed), keyed by trader taxpayer id.',
    partitions: 3,
    retentionMs: 90 * DAY_MS,
    producer: 'external',
  },
  {
    name: TOPIC_NAMES.riskEvents,
    aggregate: 'trader',
    description:
      "Channel decisions for declarations, keyed by trader taxpayer id (high volume: one per declaration). Read it `read_committed` (the Kafka clients' usual default): with `CHANNEL_DECISIONS_PATH=transactional` the decisions are published in Kafka transactions, and a reader of uncommitted records would also see those of aborted ones.",
    partitions: 12,
    retentionMs: 7 * DAY_MS,
    producer: 'risk-management',
  },
  {
    name: TOPIC_NAMES.decisionChangelog,
    aggregate: 'declarations partition',
    description:
      "Internal to risk-management: the transactional channel decider's changes, one partition per declarations partition (as many partitions as the declarations' topic), which its write-behind stores in the database. Read `read_committed`.",
    partitions: 12,
    retentionMs: 7 * DAY_MS,
    producer: 'risk-management',
  },
  {
    name: TOPIC_NAMES.riskAlertEvents,
    aggregate: 'trader',
    description:
      'Risk alerts about AEOs (serious infringements) that workflows turn into early revalidations; low volume, on their own topic so that their consumers need not read every channel decision.',
    partitions: 3,
    retentionMs: 90 * DAY_MS,
    producer: 'risk-management',
  },
  {
    name: TOPIC_NAMES.validationEvents,
    aggregate: 'operator',
    description:
      'Validation of accepted applications: case opened, report reminders and escalations, report submitted.',
    partitions: 3,
    retentionMs: 30 * DAY_MS,
    producer: 'validation',
  },
  {
    name: TOPIC_NAMES.notificationEvents,
    aggregate: 'notification',
    description: 'Deliveries recorded by the notifications service (for audit and platform monitoring).',
    partitions: 3,
    retentionMs: 7 * DAY_MS,
    producer: 'notifications',
  },
  {
    name: TOPIC_NAMES.mraEvents,
    aggregate: 'arrangement',
    description:
      'Mutual recognition arrangements: phase changes and review reminders, our AEO list exported to partners, partner lists imported and the changes in them (recognised foreign AEOs), foreign identifiers needing review.',
    partitions: 3,
    retentionMs: 90 * DAY_MS,
    producer: 'mra',
  },
  {
    name: TOPIC_NAMES.programmeEvents,
    aggregate: 'deviation',
    description:
      'Programme quality management: KPI deviation cases opened, analysed, planned, implemented, verified, closed or escalated; threshold versions; design-principles scorecard assessments; quarterly programme reports issued.',
    partitions: 3,
    retentionMs: 90 * DAY_MS,
    producer: 'programme',
  },
  {
    name: TOPIC_NAMES.pilotEvents,
    aggregate: 'pilot',
    description:
      'The pilot programme that precedes full operation: pilots created, started, extended, ended or cancelled; milestones due soon, late, escalated and done; and the events of its selection, invitations, contact officers, training and evaluation.',
    partitions: 3,
    retentionMs: 90 * DAY_MS,
    producer: 'programme',
  },
];

/** Dead-letter twins keep messages longer so that operations can inspect and replay them. */
export const DLQ_RETENTION_MS = 90 * DAY_MS;
