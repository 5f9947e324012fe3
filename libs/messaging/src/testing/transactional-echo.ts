import type { EventData } from '@aeo/contracts';
import type { TransactionalHandler } from '../transactional/transactional-processor';
import type { defineTestEvent } from './test-fixtures';

type Probe = ReturnType<typeof defineTestEvent>;

/** A handler of the processor's tests: each probe event echoed to `output`, keyed by its probe id. */
export function echoHandler(
  definition: Probe,
  output: string,
  hooks: Partial<Pick<TransactionalHandler<EventData<Probe>>, 'assigned' | 'revoked'>> & {
    /** Awaited in each `process` (a slow handler). */
    delay?: () => Promise<void>;
  } = {},
): TransactionalHandler<EventData<Probe>> {
  return {
    definition,
    assigned: hooks.assigned,
    revoked: hooks.revoked,
    process: async (events) => {
      await hooks.delay?.();
      return {
        outputs: events.map((event) => ({
          topic: output,
          key: event.data.probeId,
          value: JSON.stringify({ sequence: event.data.sequence, from: `${event.partition}/${event.offset}` }),
          headers: { ce_id: event.id },
        })),
      };
    },
  };
}
