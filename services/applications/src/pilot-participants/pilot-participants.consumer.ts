import { Injectable, Logger } from '@nestjs/common';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import type { EntityManager } from 'typeorm';
import { PilotParticipantAccepted, TOPIC_NAMES, type EventData } from '@aeo/contracts';
import { type ConsumedEvent, ConsumerRegistry } from '@aeo/messaging';
import { certificationWorkflowId, pilotTagSignal } from '@aeo/workflows';
import { runningCertificationsOf, savePilotParticipant } from './pilot-participants.repository';

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
 * has running are tagged at once.
 */
@Injectable()
export class PilotParticipantsConsumer {
  private readonly logger = new Logger(PilotParticipantsConsumer.name);

  constructor(
    consumers: ConsumerRegistry,
    private readonly temporal: Client,
  ) {
    consumers.register(PILOT_PARTICIPANTS_CONSUMER, [TOPIC_NAMES.pilotEvents], (consumer) =>
      consumer.on(PilotParticipantAccepted, (event, manager) => this.accepted(event, manager)),
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
}
