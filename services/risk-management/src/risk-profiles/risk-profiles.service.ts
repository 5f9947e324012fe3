import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RiskProfileUpdater } from './risk-profile-updater';
import { OperatorRiskProfileEntity } from './operator-risk-profile.entity';

interface ScoreChangeRow {
  score: string;
  previous_score: string | null;
  trigger: string;
  source_event_id: string | null;
  model_version: string;
  computed_at: Date;
}

@Injectable()
export class RiskProfilesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly profiles: RiskProfileUpdater,
  ) {}

  async get(operatorId: string): Promise<OperatorRiskProfileEntity> {
    const profile = await this.dataSource.manager.findOneBy(OperatorRiskProfileEntity, { operatorId });
    if (!profile) throw new NotFoundException(`No risk profile for operator ${operatorId}`);
    return profile;
  }

  async byTaxpayer(taxpayerId: string) {
    const manager = this.dataSource.manager;
    const profile = await manager.findOneBy(OperatorRiskProfileEntity, { taxpayerId });
    if (!profile) throw new NotFoundException(`No risk profile for taxpayer ${taxpayerId}`);
    const windows = await this.profiles.windows(manager, taxpayerId);
    const changes: ScoreChangeRow[] = await manager.query(
      `SELECT score, previous_score, trigger, source_event_id, model_version, computed_at FROM risk_score_history WHERE taxpayer_id = $1 ORDER BY id DESC LIMIT 20`,
      [taxpayerId],
    );
    return {
      taxpayerId,
      operatorId: profile.operatorId,
      aeoStatus: profile.aeoStatus,
      statusType: profile.statusType,
      riskScore: profile.riskScore,
      factors: profile.riskFactors ?? [],
      modelVersion: profile.modelVersion,
      scoredAt: profile.scoredAt,
      declarationsTotal: profile.declarationsTotal,
      firstDeclarationAt: profile.firstDeclarationAt,
      lastDeclarationAt: profile.lastDeclarationAt,
      windows,
      scoreHistory: changes.map((row) => ({
        score: Number(row.score),
        previousScore: row.previous_score === null ? null : Number(row.previous_score),
        trigger: row.trigger,
        sourceEventId: row.source_event_id,
        modelVersion: row.model_version,
        computedAt: new Date(row.computed_at).toISOString(),
      })),
    };
  }
}
