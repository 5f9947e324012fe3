import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  ApplicationAccepted,
  ApplicationDecisionExtended,
  ApplicationHearingOpened,
  ApplicationHearingResponded,
  ApplicationRejected,
  ApplicationSubmitted,
  ApplicationWithdrawn,
  AuthorisationGranted,
  AuthorisationRefused,
  TOPIC_NAMES,
  ValidationReportSubmitted,
  type EventData,
  type EventDefinition,
} from '@aeo/contracts';
import { ConsumerRegistry, type ConsumedEvent } from '@aeo/messaging';
import {
  foldGrant,
  foldProcess,
  foldRevalidationCycle,
  foldValidationCase,
  type ProcessChange,
} from './facts.repository';
import { onEach, recordFact, registerFamilyFolds } from './family-folds';

/** The consumer group and inbox name (the recompute runs it under a fresh suffix). */
export const KPI_FACTS_CONSUMER = 'programme.kpi-facts';
export const KPI_FACT_TOPICS = [
  TOPIC_NAMES.applicationEvents,
  TOPIC_NAMES.certificationEvents,
  TOPIC_NAMES.validationEvents,
  TOPIC_NAMES.notificationEvents,
];

/** The scope every application-side event carries. */
type ApplicationScope = Pick<
  EventData<typeof ApplicationSubmitted>,
  'applicationId' | 'operatorId' | 'region' | 'statusType'
>;

/**
 * Records one event of an application as a fact (the business time it states, or the envelope's
 * time when it states none) and sets what it states on the application's process row.
 */
async function foldApplicationEvent(
  manager: EntityManager,
  event: ConsumedEvent<ApplicationScope>,
  occurredAt: string,
  change: Omit<ProcessChange, keyof ApplicationScope>,
): Promise<void> {
  const { applicationId, operatorId, region, statusType } = event.data;
  await recordFact(manager, event, { occurredAt, subject: applicationId, ...event.data });
  await foldProcess(manager, { applicationId, operatorId, region, statusType, ...change });
}

/**
 * The programme service's consumer of the platform's events (own group and inbox; malformed
 * events go to `<topic>.dlq` through the library): every event a KPI needs becomes a fact and sets
 * columns of its process (an application here; revalidation cycles, validation cases and counted
 * events in `family-folds.ts`). Each handler only sets what its event states, so events from four
 * topics fold to the same rows whatever their order, and a redelivery changes nothing.
 */
@Injectable()
export class KpiFactsConsumer {
  constructor(consumers: ConsumerRegistry) {
    consumers.register(KPI_FACTS_CONSUMER, KPI_FACT_TOPICS, (consumer) => {
      const fold = <E extends EventDefinition>(
        definition: E,
        stated: (
          data: EventData<E>,
          time: string,
        ) => [occurredAt: string, change: Omit<ProcessChange, keyof ApplicationScope>],
      ) =>
        onEach(consumer, definition, (event, manager) => {
          const [occurredAt, change] = stated(event.data, event.time);
          return foldApplicationEvent(manager, event as ConsumedEvent<ApplicationScope>, occurredAt, change);
        });
      fold(ApplicationSubmitted, (data) => [data.submittedAt, { submittedAt: data.submittedAt }]);
      fold(ApplicationAccepted, (data) => [
        data.acceptedAt,
        { acceptedAt: data.acceptedAt, deemedAcceptance: data.deemed, decisionDeadline: data.decisionDeadline },
      ]);
      fold(ApplicationRejected, (data) => [data.rejectedAt, { rejectedAt: data.rejectedAt }]);
      fold(ApplicationWithdrawn, (data) => [data.withdrawnAt, { withdrawnAt: data.withdrawnAt }]);
      // The extension and the hearing state no time of their own: when they were published.
      fold(ApplicationDecisionExtended, (data, time) => [
        time,
        { extendedDeadline: data.decisionDeadline, extensionsUsed: true },
      ]);
      fold(ApplicationHearingOpened, (_data, time) => [time, { hearingOpenedAt: time }]);
      fold(ApplicationHearingResponded, (data) => [data.respondedAt, { hearingRespondedAt: data.respondedAt }]);
      fold(AuthorisationRefused, (data) => [data.decidedAt, { refusedAt: data.decidedAt }]);
      // A revalidation's report names the application too; the earliest report is the certification's.
      // The report also closes its validation case (the validation family).
      onEach(consumer, ValidationReportSubmitted, async (event, manager) => {
        const { caseId, applicationId, operatorId, region, statusType, submittedAt } = event.data;
        await recordFact(manager, event, {
          occurredAt: submittedAt,
          subject: applicationId,
          ...event.data,
          processId: caseId,
        });
        await foldProcess(manager, { applicationId, operatorId, region, statusType, reportSubmittedAt: submittedAt });
        await foldValidationCase(manager, {
          caseId,
          applicationId,
          operatorId,
          region,
          statusType,
          reportSubmittedAt: submittedAt,
        });
      });
      // The grant decides its application and sets when the authorisation's first revalidation falls due.
      onEach(consumer, AuthorisationGranted, async (event, manager) => {
        const { authorisationNumber, operatorId, region, statusType, decidedAt, revalidationDue } = event.data;
        await recordFact(manager, event, {
          occurredAt: decidedAt,
          subject: authorisationNumber,
          ...event.data,
          applicationId: null,
        });
        await foldGrant(manager, { authorisationNumber, eventId: event.id, operatorId, region, statusType, decidedAt });
        await foldRevalidationCycle(manager, {
          authorisationNumber,
          cycle: 1,
          operatorId,
          region,
          statusType,
          dueAt: revalidationDue,
          dueEventId: event.id,
        });
      });
      registerFamilyFolds(consumer);
    });
  }
}
