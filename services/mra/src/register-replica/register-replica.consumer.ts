import { Injectable } from '@nestjs/common';
import {
  ApplicationSubmitted,
  AuthorisationGranted,
  AuthorisationReinstated,
  AuthorisationRevoked,
  AuthorisationSurrendered,
  AuthorisationSuspended,
  RevalidationCompleted,
  TOPIC_NAMES,
  type EventData,
} from '@aeo/contracts';
import { ConsumerRegistry } from '@aeo/messaging';
import {
  recordRevalidation,
  upsertAuthorisation,
  upsertHolder,
  type AuthorisationParams,
} from './register-replica.repository';

type Ref = EventData<typeof AuthorisationGranted>;
type Change = Pick<
  AuthorisationParams,
  'status' | 'effectiveFrom' | 'revalidationDue' | 'suspendedFrom' | 'suspendedScope' | 'endedOn'
>;

/** The authorisation's identity as every certification event carries it. */
const identity = (ref: Omit<Ref, 'decidedAt' | 'effectiveFrom' | 'revalidationDue'>) => ({
  authorisationNumber: ref.authorisationNumber,
  operatorId: ref.operatorId,
  taxpayerId: ref.taxpayerId,
  statusType: ref.statusType,
  consent: ref.consentToMraSharing,
});

/** The authorisation's identity with its new state. */
const authorisation = (ref: Parameters<typeof identity>[0], change: Change) => ({ ...identity(ref), ...change });

/**
 * The mra service's own projection of the AEO register, for the list exported to partners:
 * holders (name, address) from submitted applications, authorisations (status type, consent,
 * dates, status with a suspension's scope, the next revalidation) from the certification events
 * (a completed revalidation sets the new validity, and reinstates a suspended one). Inbox (once per event), validation and DLQ by the
 * library; each event sets the state it describes, so a redelivery changes nothing.
 */
@Injectable()
export class RegisterReplicaConsumer {
  constructor(consumers: ConsumerRegistry) {
    consumers.register(
      'mra.register-replica',
      [TOPIC_NAMES.applicationEvents, TOPIC_NAMES.certificationEvents],
      (consumer) =>
        consumer
          .on(ApplicationSubmitted, (event, manager) =>
            upsertHolder(manager, {
              operatorId: event.data.operatorId,
              taxpayerId: event.data.taxpayerId,
              name: event.data.operatorName,
              address: event.data.operatorAddress ?? null,
            }),
          )
          .on(AuthorisationGranted, (event, manager) =>
            upsertAuthorisation(
              manager,
              authorisation(event.data, {
                status: 'active',
                effectiveFrom: event.data.effectiveFrom,
                revalidationDue: event.data.revalidationDue,
              }),
            ),
          )
          .on(AuthorisationSuspended, (event, manager) =>
            upsertAuthorisation(
              manager,
              authorisation(event.data, {
                status: 'suspended',
                effectiveFrom: event.data.authorisationEffectiveFrom,
                suspendedFrom: event.data.effectiveFrom,
                suspendedScope: event.data.scope,
              }),
            ),
          )
          .on(AuthorisationReinstated, (event, manager) =>
            upsertAuthorisation(
              manager,
              authorisation(event.data, { status: 'active', effectiveFrom: event.data.authorisationEffectiveFrom }),
            ),
          )
          .on(RevalidationCompleted, (event, manager) =>
            recordRevalidation(manager, {
              ...identity(event.data),
              revalidationDue: event.data.nextRevalidationDue,
              reinstated: event.data.outcome === 'reinstated',
            }),
          )
          .on(AuthorisationRevoked, (event, manager) =>
            upsertAuthorisation(
              manager,
              authorisation(event.data, {
                status: event.data.reason,
                effectiveFrom: event.data.authorisationEffectiveFrom,
                endedOn: event.data.effectiveFrom,
              }),
            ),
          )
          .on(AuthorisationSurrendered, (event, manager) =>
            upsertAuthorisation(
              manager,
              authorisation(event.data, {
                status: 'surrendered',
                effectiveFrom: event.data.authorisationEffectiveFrom,
                endedOn: event.data.effectiveFrom,
              }),
            ),
          ),
    );
  }
}
