import { Injectable } from '@nestjs/common';
import { PilotCancelled, TOPIC_NAMES } from '@aeo/contracts';
import { ConsumerRegistry } from '@aeo/messaging';
import { EvaluationService } from './evaluation.service';

/** The consumer group and inbox name of the evaluation's reaction to a pilot cancelled. */
export const EVALUATION_CANCELLATION_CONSUMER = 'programme.pilot-evaluation-cancellation';

/**
 * A pilot cancelled (`aeo.programme-pilot.cancelled.v1` on the pilot topic, published by
 * pilots/core whether the pilot was planned or running) closes its open questionnaires
 * (`EvaluationService.closeForCancelledPilot`), once per event (own group and inbox; a malformed
 * event goes to `<topic>.dlq` through the library; other event types are skipped).
 */
@Injectable()
export class PilotCancellationConsumer {
  constructor(consumers: ConsumerRegistry, evaluation: EvaluationService) {
    consumers.register(EVALUATION_CANCELLATION_CONSUMER, [TOPIC_NAMES.pilotEvents], (consumer) =>
      consumer.on(PilotCancelled, async (event, manager) => {
        await evaluation.closeForCancelledPilot(manager, event.data);
      }),
    );
  }
}
