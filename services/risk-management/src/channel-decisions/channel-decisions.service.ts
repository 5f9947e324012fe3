import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG } from '@aeo/config';
import { ChannelDecided, DeclarationLodged, EventData } from '@aeo/contracts';
import { ConsumedEvent, OutboxAppend, OutboxWriter } from '@aeo/messaging';
import type { RiskManagementConfig } from '../config';
import { aeoStandingAt } from '../aeo-status/aeo-benefits';
import { RiskProfileUpdater } from '../risk-profiles/risk-profile-updater';
import { decideChannel } from './channel-rules';

type Lodged = ConsumedEvent<EventData<typeof DeclarationLodged>>;

/**
 * Answers every lodged declaration with a control channel. The decision rows and the
 * `ChannelDecided` events commit together with the inbox claims, so a redelivered declaration
 * changes nothing; the unique declaration id is the second guard (the same declaration under a
 * new event id). A batch costs a constant number of statements, whatever its size: this is the
 * platform's busiest consumer.
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
    const known: { declaration_id: string }[] = await manager.query(`SELECT declaration_id FROM channel_decisions WHERE declaration_id = ANY($1::text[])`, [
      events.map((event) => event.data.declarationId),
    ]);
    const seen = new Set(known.map((row) => row.declaration_id));
    const fresh = events.filter((event) => !seen.has(event.data.declarationId) && Boolean(seen.add(event.data.declarationId)));
    if (fresh.length === 0) return;

    const now = new Date();
    const scorings = await this.profiles.recordDeclarations(
      manager,
      fresh.map((event) => ({ declaration: event.data, sourceEventId: event.id })),
      now,
    );
    const rows = fresh.map((event, index) => {
      const declaration = event.data;
      const scoring = scorings[index];
      const standing = aeoStandingAt(scoring.aeoStatus, new Date(declaration.lodgedAt));
      const decision = decideChannel(
        declaration,
        { riskScore: scoring.assessment.score, previousDeclarations: scoring.previousDeclarations },
        standing,
        this.config.CHANNEL_RULES_JSON,
        this.config.CHANNEL_SELECTION_SEED,
      );
      // What the channel statistics count the decision under: the parts in force, so an AEOF whose
      // security part is suspended counts as AEOC (it has lost the physical-inspection benefit).
      const aeoStatusType = standing.customs && standing.security ? 'AEOF' : standing.customs ? 'AEOC' : standing.security ? 'AEOS' : null;
      return { event, decision, aeoStatusType, decisionId: randomUUID(), modelVersion: `${scoring.assessment.modelVersion}+${decision.modelVersion}` };
    });
    await manager.query(
      `INSERT INTO channel_decisions (decision_id, declaration_id, trader_taxpayer_id, channel, risk_score, fired_rules, benefits_applied, random_selection, priority, prior_notice, model_version, source_event_id, aeo_status_type, region, customs_office, lodged_at, decided_at)
       SELECT d, n, t, c, s, f, b, r, p, pn, m, e, a, rg, o, l, $17
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::numeric[], $6::jsonb[], $7::jsonb[], $8::jsonb[], $9::bool[], $10::bool[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::timestamptz[])
           AS x(d, n, t, c, s, f, b, r, p, pn, m, e, a, rg, o, l)`,
      [
        rows.map((row) => row.decisionId),
        rows.map((row) => row.event.data.declarationId),
        rows.map((row) => row.event.data.traderTaxpayerId),
        rows.map((row) => row.decision.channel),
        rows.map((row) => row.decision.riskScore),
        rows.map((row) => JSON.stringify(row.decision.firedRules)),
        rows.map((row) => JSON.stringify(row.decision.benefitsApplied)),
        rows.map((row) => JSON.stringify(row.decision.randomSelection)),
        rows.map((row) => row.decision.priority),
        rows.map((row) => row.decision.priorNotice),
        rows.map((row) => row.modelVersion),
        rows.map((row) => row.event.id),
        rows.map((row) => row.aeoStatusType),
        rows.map((row) => row.event.data.region),
        rows.map((row) => row.event.data.customsOffice),
        rows.map((row) => row.event.data.lodgedAt),
        now,
      ],
    );
    await this.outbox.appendMany(
      manager,
      ChannelDecided,
      rows.map(
        ({ event, decision, decisionId, modelVersion }): OutboxAppend<typeof ChannelDecided> => ({
          subject: event.data.declarationId,
          aggregateId: event.data.traderTaxpayerId,
          correlationId: event.correlationid,
          data: { decisionId, declarationId: event.data.declarationId, traderTaxpayerId: event.data.traderTaxpayerId, ...decision, modelVersion, decidedAt: now.toISOString() },
        }),
      ),
    );
  }
}
