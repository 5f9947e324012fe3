import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG } from '@aeo/config';
import { ChannelDecided, DeclarationLodged, EventData } from '@aeo/contracts';
import { ConsumedEvent, OutboxAppend, OutboxWriter } from '@aeo/messaging';
import type { RiskManagementConfig } from '../config';
import { type AeoStanding, aeoStandingAt } from '../aeo-status/aeo-benefits';
import { findForeignAeoHits } from '../mra-recognitions/mra-recognitions.repository';
import { RiskProfileUpdater } from '../risk-profiles/risk-profile-updater';
import { findDecidedAndRegisterAtLodgement, recordDecidedBatch } from './channel-decisions.repository';
import { decideDeclaration } from './decide-declaration';

type Lodged = ConsumedEvent<EventData<typeof DeclarationLodged>>;

/**
 * Answers every lodged declaration with a control channel. The decision rows and the
 * `ChannelDecided` events commit together with the inbox claims, so a redelivered declaration
 * changes nothing; the unique declaration id is the second guard (the same declaration under a
 * new event id). A batch costs a constant number of statements, whatever its size: this is the
 * platform's busiest consumer. Six or seven, each a round trip: what is decided and the register at
 * lodgement; the count, which locks the traders' profile rows; their scoring facts, read after it;
 * the foreign AEOs named (only when any is); every row written; and the outbox's lock and rows.
 */
@Injectable()
export class ChannelDecisionsService {
  constructor(
    private readonly profiles: RiskProfileUpdater,
    private readonly outbox: OutboxWriter,
    @Inject(APP_CONFIG) private readonly config: RiskManagementConfig,
  ) {}

  decide(manager: EntityManager, event: Lodged): Promise<void> {
    return this.decideBatch(manager, [event]);
  }

  /** Decides a batch of declarations in order (the same decisions as one by one). */
  async decideBatch(manager: EntityManager, events: readonly Lodged[]): Promise<void> {
    // The register in force when each declaration was lodged (a suspension since lifted still counts),
    // for its benefits and its score alike; read with whether it is decided already.
    const known = await findDecidedAndRegisterAtLodgement(
      manager,
      events.map((event) => event.data),
    );
    const seen = new Set<string>();
    const fresh: Lodged[] = [];
    const standings: AeoStanding[] = [];
    events.forEach((event, index) => {
      if (known[index].decided || seen.has(event.data.declarationId)) return;
      seen.add(event.data.declarationId);
      fresh.push(event);
      standings.push(aeoStandingAt(known[index].registerAtLodgement, new Date(event.data.lodgedAt)));
    });
    if (fresh.length === 0) return;

    const now = new Date();
    const { scorings, writes } = await this.profiles.recordDeclarations(
      manager,
      fresh.map((event, index) => ({
        declaration: event.data,
        sourceEventId: event.id,
        aeoAtLodgement: standings[index],
      })),
      now,
    );
    const foreignAeos = await findForeignAeoHits(
      manager,
      fresh.map((event) => event.data),
    );
    const rows = fresh.map((event, index) => ({
      event,
      decisionId: randomUUID(),
      ...decideDeclaration(event.data, scorings[index], standings[index], this.config, foreignAeos),
    }));
    await recordDecidedBatch(
      manager,
      writes,
      rows.map((row) => ({
        decisionId: row.decisionId,
        declarationId: row.event.data.declarationId,
        traderTaxpayerId: row.event.data.traderTaxpayerId,
        decision: row.decision,
        modelVersion: row.modelVersion,
        sourceEventId: row.event.id,
        aeoStatusType: row.aeoStatusType,
        region: row.event.data.region,
        customsOffice: row.event.data.customsOffice,
        lodgedAt: row.event.data.lodgedAt,
      })),
      now,
    );
    await this.outbox.appendMany(
      manager,
      ChannelDecided,
      rows.map(({ event, decision, aeoStatusType, decisionId, modelVersion }): OutboxAppend<typeof ChannelDecided> => ({
        subject: event.data.declarationId,
        aggregateId: event.data.traderTaxpayerId,
        correlationId: event.correlationid,
        data: {
          decisionId,
          declarationId: event.data.declarationId,
          traderTaxpayerId: event.data.traderTaxpayerId,
          aeoStatusType,
          ...decision,
          modelVersion,
          decidedAt: now.toISOString(),
        },
      })),
    );
  }
}
