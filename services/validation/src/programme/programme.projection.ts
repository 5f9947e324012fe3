import { Injectable } from '@nestjs/common';
import { ProgrammePublished, TOPIC_NAMES } from '@aeo/contracts';
import { ConsumerRegistry } from '@aeo/messaging';
import type { SqlRunner } from '@aeo/persistence';
import { findProgrammeVersion, insertProgrammeVersion, type ProgrammeCopy } from './programme.repository';

/** A copy of each programme version published by the applications service (the criteria catalogue the checklists are built from). */
@Injectable()
export class ProgrammeProjection {
  constructor(consumers: ConsumerRegistry) {
    consumers.register('validation.programme', [TOPIC_NAMES.applicationEvents], (consumer) =>
      consumer.on(ProgrammePublished, async (event, manager) => {
        await insertProgrammeVersion(manager, { version: event.data.version, document: event.data.document });
      }),
    );
  }

  /** The given version, or the newest received when none is given; undefined when not received (yet). */
  async find(runner: SqlRunner, version?: number): Promise<ProgrammeCopy | undefined> {
    // Version numbers start at 1: none (or 0) asks for the newest.
    return findProgrammeVersion(runner, version || null);
  }
}
