import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG } from '@aeo/config';
import { ChannelDecided, DeclarationLodged, EventData } from '@aeo/contracts';
import { ConsumedEvent, OutboxWriter } from '@aeo/messaging';
import type { RiskManagementConfig } from '../config';
import { aeoStandingAt } from '../aeo-status/aeo-benefits';
import { ProfilesService } from '../profiles/profiles.service';
import { decideChannel } from './channel-rules';

/**
 * Answers every lodged declaration with a control channel. The decision row and the
 * `ChannelDecided` event commit together with the inbox claim, so a redelivered declaration
 * changes nothing; the unique declaration id is the second guard (the same declaration under a
 * new event id).
 */
@Injectable()
export class ChannelDecisionsService {
  constructor(
    private readonly profiles: ProfilesService,
    private readonly outbox: OutboxWriter,
    @Inject(APP_CONFIG) private readonly config: RiskManagementConfig,
  ) {}

  async decide(manager: EntityManager, event: ConsumedEvent<EventData<typeof DeclarationLodged>>): Promise<void> {
    const declaration = event.data;
    const known: unknown[] = await manager.query(`SELECT 1 FROM channel_decisions WHERE declaration_id = $1`, [declaration.declarationId]);
    if (known.length) return;

    const now = new Date();
    const previousDeclarations = await this.profiles.recordDeclaration(manager, declaration);
    const profile = await this.profiles.rescore(manager, declaration.traderTaxpayerId, 'declaration', event.id, now);
    const decision = decideChannel(
      declaration,
      { riskScore: profile.assessment.score, previousDeclarations },
      aeoStandingAt(profile.aeoStatus, new Date(declaration.lodgedAt)),
      this.config.CHANNEL_RULES_JSON,
      this.config.CHANNEL_SELECTION_SEED,
    );
    const decisionId = randomUUID();
    const modelVersion = `${profile.assessment.modelVersion}+${decision.modelVersion}`;
    await manager.query(
      `INSERT INTO channel_decisions (decision_id, declaration_id, trader_taxpayer_id, channel, risk_score, fired_rules, benefits_applied, random_selection, priority, prior_notice, model_version, source_event_id, decided_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [
        decisionId,
        declaration.declarationId,
        declaration.traderTaxpayerId,
        decision.channel,
        decision.riskScore,
        JSON.stringify(decision.firedRules),
        JSON.stringify(decision.benefitsApplied),
        JSON.stringify(decision.randomSelection),
        decision.priority,
        decision.priorNotice,
        modelVersion,
        event.id,
        now,
      ],
    );
    await this.outbox.append(manager, ChannelDecided, {
      subject: declaration.declarationId,
      aggregateId: declaration.traderTaxpayerId,
      data: { decisionId, declarationId: declaration.declarationId, traderTaxpayerId: declaration.traderTaxpayerId, ...decision, modelVersion, decidedAt: now.toISOString() },
    });
  }
}
