import type { EntityManager } from 'typeorm';
import {
  AuthorisationReinstated,
  AuthorisationRevoked,
  AuthorisationSurrendered,
  AuthorisationSuspended,
  NotificationDelivered,
  NotificationFailed,
  RevalidationCompleted,
  RevalidationStarted,
  ValidationClosed,
  ValidationOpened,
  ValidationReportReminder,
  type EventData,
  type EventDefinition,
} from '@aeo/contracts';
import type { ConsumedEvent, EventConsumer, EventHandler } from '@aeo/messaging';
import {
  foldAuthorisationEnd,
  foldRevalidationCycle,
  foldValidationCase,
  insertFacts,
  type FactRow,
} from './facts.repository';

/** What a fact says besides the event's id, type and topic; fields the event lacks stay null. */
export interface StatedFact {
  occurredAt: string;
  subject: string;
  operatorId?: string | null;
  region?: string | null;
  statusType?: string | null;
  applicationId?: string | null;
  processId?: string | null;
  detail?: string | null;
  category?: string | null;
}

/** The event as a fact, with what it states (only the fact's own fields are kept). */
export function factOf(event: Pick<ConsumedEvent<unknown>, 'id' | 'type' | 'topic'>, stated: StatedFact): FactRow {
  return {
    eventId: event.id,
    type: event.type,
    topic: event.topic,
    subject: stated.subject,
    occurredAt: stated.occurredAt,
    operatorId: stated.operatorId ?? null,
    region: stated.region ?? null,
    statusType: stated.statusType ?? null,
    applicationId: stated.applicationId ?? null,
    processId: stated.processId ?? null,
    detail: stated.detail ?? null,
    category: stated.category ?? null,
  };
}

/**
 * Registers an event type on the KPI consumer: a run of its events is recorded as facts in one
 * statement (what `stated` says of each), then `fold` (if any) sets each event's process rows in
 * turn, in the same transaction. The events of a Kafka batch (of every type registered so) share
 * one transaction and its inbox claim; a failed batch is retried an event at a time (so a bad one
 * is still dead-lettered alone).
 */
export function foldFacts<E extends EventDefinition>(
  consumer: EventConsumer,
  definition: E,
  stated: (event: ConsumedEvent<EventData<E>>) => StatedFact,
  fold?: EventHandler<EventData<E>>,
): void {
  consumer.onBatch(
    definition,
    async (events, manager) => {
      await insertFacts(
        manager,
        events.map((event) => factOf(event, stated(event))),
      );
      if (fold) for (const event of events) await fold(event, manager);
    },
    { withOtherTypes: true },
  );
}

/** The scope every event about an authorisation carries. */
type AuthorisationScope = Pick<EventData<typeof AuthorisationReinstated>, 'operatorId' | 'region' | 'statusType'>;

/** A revalidation cycle's process id, as `revalidation_outcomes` writes it. */
export const cycleId = (authorisationNumber: string, cycle: number) => `${authorisationNumber}#${cycle}`;

/**
 * The revalidation, validation and notification families' handlers on the KPI consumer. Each
 * records its event as a fact (the business time it states; its process; the words and category
 * a KPI breaks down by) and sets only the columns its event states.
 */
export function registerFamilyFolds(consumer: EventConsumer): void {
  /** Records each event of the type as the fact `stated` says, then runs `fold` (if any) in the same transaction. */
  const fact = <E extends EventDefinition>(
    definition: E,
    stated: (event: ConsumedEvent<EventData<E>>) => StatedFact,
    fold?: (data: EventData<E>, manager: EntityManager, eventId: string) => Promise<void>,
  ) => foldFacts(consumer, definition, stated, fold && ((event, manager) => fold(event.data, manager, event.id)));

  // The register's status changes, with effect from their effectiveFrom: counted as events
  // (suspensions, reinstatements, revocations); a revocation or surrender ends the authorisation.
  type StatusChange = Pick<EventData<typeof AuthorisationReinstated>, 'authorisationNumber' | 'effectiveFrom'>;
  const statusChange = (data: StatusChange & AuthorisationScope, more: Partial<StatedFact> = {}): StatedFact => ({
    ...data,
    occurredAt: data.effectiveFrom,
    subject: data.authorisationNumber,
    processId: data.authorisationNumber,
    ...more,
  });
  const ends = ({ authorisationNumber, effectiveFrom }: StatusChange, manager: EntityManager) =>
    foldAuthorisationEnd(manager, { authorisationNumber, endedAt: effectiveFrom });
  fact(AuthorisationSuspended, ({ data }) => statusChange(data, { detail: data.grounds, category: data.scope }));
  fact(AuthorisationReinstated, ({ data }) => statusChange(data));
  fact(AuthorisationRevoked, ({ data }) => statusChange(data, { detail: data.grounds, category: data.reason }), ends);
  fact(
    AuthorisationSurrendered,
    ({ data }) => statusChange(data, { detail: data.reason, category: 'surrendered' }),
    ends,
  );

  // Revalidation cycles: started, and completed (which sets when the next one falls due).
  type CycleEvent = AuthorisationScope & { authorisationNumber: string; cycle: number };
  const cycleFact = (data: CycleEvent, occurredAt: string, detail: string, category: string): StatedFact => ({
    ...data,
    occurredAt,
    subject: data.authorisationNumber,
    processId: cycleId(data.authorisationNumber, data.cycle),
    detail,
    category,
  });
  const cycleOf = ({ authorisationNumber, operatorId, region, statusType }: CycleEvent) => ({
    authorisationNumber,
    operatorId,
    region,
    statusType,
  });
  fact(
    RevalidationStarted,
    ({ data }) => cycleFact(data, data.startedAt, data.trigger.reason, data.trigger.source),
    (data, manager) =>
      foldRevalidationCycle(manager, {
        ...cycleOf(data),
        cycle: data.cycle,
        startedAt: data.startedAt,
        triggerSource: data.trigger.source,
      }),
  );
  fact(
    RevalidationCompleted,
    ({ data }) => cycleFact(data, data.completedAt, data.reasons.join('; '), data.outcome),
    async (data, manager, eventId) => {
      await foldRevalidationCycle(manager, {
        ...cycleOf(data),
        cycle: data.cycle,
        completedAt: data.completedAt,
        outcome: data.outcome,
      });
      await foldRevalidationCycle(manager, {
        ...cycleOf(data),
        cycle: data.cycle + 1,
        dueAt: data.nextRevalidationDue,
        dueEventId: eventId,
      });
    },
  );

  // Validation cases: opened, reminded or escalated, closed (the report is folded with the certification's).
  type CaseRef = Pick<
    EventData<typeof ValidationOpened>,
    'caseId' | 'applicationId' | 'operatorId' | 'region' | 'statusType'
  >;
  const caseOf = ({ caseId, applicationId, operatorId, region, statusType }: CaseRef) => ({
    caseId,
    applicationId,
    operatorId,
    region,
    statusType,
  });
  const caseFact = (data: CaseRef, occurredAt: string, more: Partial<StatedFact>): StatedFact => ({
    ...data,
    occurredAt,
    subject: data.caseId,
    processId: data.caseId,
    ...more,
  });
  fact(
    ValidationOpened,
    ({ data }) => caseFact(data, data.openedAt, { category: data.purpose ?? 'certification' }),
    (data, manager) =>
      foldValidationCase(manager, {
        ...caseOf(data),
        purpose: data.purpose ?? 'certification',
        openedAt: data.openedAt,
        reportDue: data.reportDue,
        assignedValidator: data.assignedValidator ?? null,
      }),
  );
  // A reminder states no time of its own: when it was published.
  fact(ValidationReportReminder, ({ data, time }) => caseFact(data, time, { category: data.kind }));
  fact(
    ValidationClosed,
    ({ data }) => caseFact(data, data.closedAt, { detail: data.reason, category: data.cause }),
    (data, manager) => foldValidationCase(manager, { ...caseOf(data), closedAt: data.closedAt }),
  );

  // Notification outcomes: national (a notification names no region), counted as events.
  fact(NotificationDelivered, ({ data }) => ({
    occurredAt: data.deliveredAt,
    subject: data.notificationId,
    processId: data.notificationId,
    category: data.channel,
  }));
  fact(NotificationFailed, ({ data }) => ({
    occurredAt: data.failedAt,
    subject: data.notificationId,
    processId: data.notificationId,
    detail: data.reason,
    category: data.channel,
  }));
}
