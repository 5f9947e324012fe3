import { Injectable, Logger } from '@nestjs/common';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import type { EntityManager } from 'typeorm';
import {
  PilotParticipantAccepted,
  PilotParticipantIdentified,
  PilotParticipantWithdrawn,
  TOPIC_NAMES,
  type EventData,
} from '@aeo/contracts';
import { type ConsumedEvent, ConsumerRegistry } from '@aeo/messaging';
import { certificationWorkflowId, pilotTagSignal } from '@aeo/workflows';
import {
  deletePilotParticipantRow,
  runningCertificationsOf,
  savePilotParticipant,
  setPilotParticipantOperatorId,
} from './pilot-participants.repository';

/** The consumer group and inbox name of the pilot companies. */
export const PILOT_PARTICIPANTS_CONSUMER = 'applications.pilot-participants';

/**
 * Tags a certification as a pilot's when its company joined the pilot after the workflow started:
 * the `pilotTag` signal makes the workflow upsert `AeoPilotId`. A workflow that is not running (yet,
 * or any more) is passed over: the starter reads the pilot companies again after each start.
 */
export async function tagRunningCertifications(
  temporal: Client,
  manager: EntityManager,
  pilotId: string,
  company: { taxpayerId: string; operatorId: string | null },
): Promise<string[]> {
  const tagged: string[] = [];
  for (const applicationId of await runningCertificationsOf(manager, company)) {
    try {
      await temporal.workflow.getHandle(certificationWorkflowId(applicationId)).signal(pilotTagSignal, { pilotId });
      tagged.push(applicationId);
    } catch (error) {
      if (!(error instanceof WorkflowNotFoundError)) throw error;
    }
  }
  return tagged;
}

/**
 * The pilot companies, from the programme service's `aeo.programme.pilot.participant-accepted.v1`
 * on the pilot topic (own group and inbox; malformed events go to `<topic>.dlq` through the
 * library; the topic's other event types are skipped): each is kept in `pilot_participants`, so
 * that a certification the company starts later carries `AeoPilotId`, and the certifications it
 * has running are tagged at once. `participant-identified.v1` sets its operator id (and tags the
 * certifications it now matches); `participant-withdrawn.v1` deletes its row, so that certifications
 * it starts later are not tagged (running workflows keep their `AeoPilotId`: a search attribute
 * records that the certification ran in the pilot).
 */
@Injectable()
export class PilotParticipantsConsumer {
  private readonly logger = new Logger(PilotParticipantsConsumer.name);

  constructor(
    consumers: ConsumerRegistry,
    private readonly temporal: Client,
  ) {
    consumers.register(PILOT_PARTICIPANTS_CONSUMER, [TOPIC_NAMES.pilotEvents], (consumer) =>
      consumer
        .on(PilotParticipantAccepted, (event, manager) => this.accepted(event, manager))
        .on(PilotParticipantIdentified, (event, manager) => this.identified(event, manager))
        .on(PilotParticipantWithdrawn, (event, manager) => this.withdrawn(event, manager)),
    );
  }

  async accepted(
    event: ConsumedEvent<EventData<typeof PilotParticipantAccepted>>,
    manager: EntityManager,
  ): Promise<void> {
    const { pilotId, taxpayerId, operatorId, region, acceptedAt } = event.data;
    await savePilotParticipant(manager, { pilotId, taxpayerId, operatorId, region, acceptedAt, eventId: event.id });
    const tagged = await tagRunningCertifications(this.temporal, manager, pilotId, { taxpayerId, operatorId });
    if (tagged.length > 0)
      this.logger.log({ pilotId, taxpayerId, applicationIds: tagged }, 'certifications tagged as pilot');
  }

  async identified(
    event: ConsumedEvent<EventData<typeof PilotParticipantIdentified>>,
    manager: EntityManager,
  ): Promise<void> {
    const { pilotId, taxpayerId, operatorId } = event.data;
    if (!(await setPilotParticipantOperatorId(manager, { pilotId, taxpayerId, operatorId, eventId: event.id }))) return;
    const tagged = await tagRunningCertifications(this.temporal, manager, pilotId, { taxpayerId, operatorId });
    if (tagged.length > 0)
      this.logger.log({ pilotId, taxpayerId, applicationIds: tagged }, 'certifications tagged as pilot');
  }

  async withdrawn(
    event: ConsumedEvent<EventData<typeof PilotParticipantWithdrawn>>,
    manager: EntityManager,
  ): Promise<void> {
    const { pilotId, taxpayerId } = event.data;
    await deletePilotParticipantRow(manager, { pilotId, taxpayerId });
  }
}
