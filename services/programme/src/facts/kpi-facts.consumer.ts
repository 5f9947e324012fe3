import { Injectable } from '@nestjs/common';
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
import { ConsumerRegistry } from '@aeo/messaging';
import {
  foldGrant,
  foldProcess,
  foldRevalidationCycle,
  foldValidationCase,
  type ProcessChange,
} from './facts.repository';
import { foldFacts, registerFamilyFolds } from './family-folds';

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
      // An application's event: a fact (the business time it states, or the envelope's time when it
      // states none), and what it states set on the application's process row.
      const fold = <E extends EventDefinition>(
        definition: E,
        stated: (
          data: EventData<E>,
          time: string,
        ) => [occurredAt: string, change: Omit<ProcessChange, keyof ApplicationScope>],
      ) =>
        foldFacts(
          consumer,
          definition,
          ({ data, time }) => ({
            occurredAt: stated(data, time)[0],
            subject: (data as ApplicationScope).applicationId,
            ...(data as ApplicationScope),
          }),
          ({ data, time }, manager) => {
            const { applicationId, operatorId, region, statusType } = data as ApplicationScope;
            return foldProcess(manager, { applicationId, operatorId, region, statusType, ...stated(data, time)[1] });
          },
        );
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
      foldFacts(
        consumer,
        ValidationReportSubmitted,
        ({ data }) => ({ occurredAt: data.submittedAt, subject: data.applicationId, ...data, processId: data.caseId }),
        async ({ data }, manager) => {
          const { caseId, applicationId, operatorId, region, statusType, submittedAt } = data;
          await foldProcess(manager, { applicationId, operatorId, region, statusType, reportSubmittedAt: submittedAt });
          await foldValidationCase(manager, {
            caseId,
            applicationId,
            operatorId,
            region,
            statusType,
            reportSubmittedAt: submittedAt,
          });
        },
      );
      // The grant decides its application and sets when the authorisation's first revalidation falls due.
      foldFacts(
        consumer,
        AuthorisationGranted,
        ({ data }) => ({ occurredAt: data.decidedAt, subject: data.authorisationNumber, ...data, applicationId: null }),
        async ({ id, data }, manager) => {
          const { authorisationNumber, operatorId, region, statusType, decidedAt, revalidationDue } = data;
          await foldGrant(manager, { authorisationNumber, eventId: id, operatorId, region, statusType, decidedAt });
          await foldRevalidationCycle(manager, {
            authorisationNumber,
            cycle: 1,
            operatorId,
            region,
            statusType,
            dueAt: revalidationDue,
            dueEventId: id,
          });
        },
      );
      registerFamilyFolds(consumer);
    });
  }
}
