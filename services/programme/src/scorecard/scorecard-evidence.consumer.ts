import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  MraArrangementPhaseChanged,
  ProgrammePublished,
  TOPIC_NAMES,
  type EventData,
  type EventEnvelope,
} from '@aeo/contracts';
import { ConsumerRegistry } from '@aeo/messaging';
import { insertMraPhaseChange, insertProgrammePublication } from './scorecard.repository';

/** The consumer group and inbox name of the TFA 7.7 evidence. */
export const SCORECARD_EVIDENCE_CONSUMER = 'programme.scorecard-evidence';
export const SCORECARD_EVIDENCE_TOPICS = [TOPIC_NAMES.applicationEvents, TOPIC_NAMES.mraEvents];

/** A programme version as evidence that the criteria are published: its size, not its text. */
export async function foldProgrammePublished(
  manager: EntityManager,
  event: EventEnvelope<EventData<typeof ProgrammePublished>>,
): Promise<void> {
  const { version, publishedBy, document } = event.data;
  await insertProgrammePublication(manager, {
    eventId: event.id,
    version,
    publishedBy,
    // The event states no time of its own: when it was published.
    publishedAt: new Date(event.time),
    statusTypes: document.statusTypes.map((statusType) => statusType.code),
    sections: document.sections.length,
    criteria: document.sections.reduce((sum, section) => sum + section.questions.length, 0),
  });
}

export async function foldArrangementPhaseChanged(
  manager: EntityManager,
  event: EventEnvelope<EventData<typeof MraArrangementPhaseChanged>>,
): Promise<void> {
  const { arrangementId, partnerCountry, partnerAdministration, title, from, to, at } = event.data;
  await insertMraPhaseChange(manager, {
    eventId: event.id,
    arrangementId,
    partnerCountry,
    partnerAdministration,
    title,
    fromPhase: from,
    toPhase: to,
    at,
  });
}

/**
 * The evidence of the WTO TFA 7.7 checks the programme service cannot read elsewhere (never
 * another service's tables): programme versions from the application topic and arrangement phase
 * changes from the MRA topic, each kept once per event (own group and inbox; malformed events go
 * to `<topic>.dlq` through the library; other event types are skipped). Every event is a row of
 * its own and an arrangement's phase is read as its latest by stated time, so order does not matter.
 */
@Injectable()
export class ScorecardEvidenceConsumer {
  constructor(consumers: ConsumerRegistry) {
    consumers.register(SCORECARD_EVIDENCE_CONSUMER, SCORECARD_EVIDENCE_TOPICS, (consumer) =>
      consumer
        .on(ProgrammePublished, (event, manager) => foldProgrammePublished(manager, event))
        .on(MraArrangementPhaseChanged, (event, manager) => foldArrangementPhaseChanged(manager, event)),
    );
  }
}
