import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ProgrammePublished, TOPIC_NAMES } from '@aeo/contracts';
import { ConsumerRegistry } from '@aeo/messaging';

export interface ProgrammeCopy {
  version: number;
  document: (typeof ProgrammePublished)['schema']['_output']['document'];
}

/** A copy of each programme version published by the applications service (the criteria catalogue the checklists are built from). */
@Injectable()
export class ProgrammeProjection {
  constructor(consumers: ConsumerRegistry) {
    consumers.register('validation.programme', [TOPIC_NAMES.applicationEvents], (consumer) =>
      consumer.on(ProgrammePublished, async (event, manager) => {
        await manager.query(`INSERT INTO programme_versions (version, document) VALUES ($1, $2) ON CONFLICT (version) DO NOTHING`, [event.data.version, JSON.stringify(event.data.document)]);
      }),
    );
  }

  /** The given version, or the newest received when none is given; undefined when not received (yet). */
  async find(manager: EntityManager, version?: number): Promise<ProgrammeCopy | undefined> {
    const rows: { version: number; document: ProgrammeCopy['document'] }[] = version
      ? await manager.query(`SELECT version, document FROM programme_versions WHERE version = $1`, [version])
      : await manager.query(`SELECT version, document FROM programme_versions ORDER BY version DESC LIMIT 1`);
    return rows[0];
  }
}
