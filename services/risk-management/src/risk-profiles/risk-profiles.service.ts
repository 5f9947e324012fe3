import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  emptyWindows,
  findRiskProfile,
  findScoreChanges,
  OperatorRiskProfile,
  sumDeclarationWindows,
} from './risk-profiles.repository';

/** The read side of the operator risk profile (`/v1/risk-profiles`). */
@Injectable()
export class RiskProfilesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(operatorId: string): Promise<OperatorRiskProfile> {
    const profile = await findRiskProfile(this.dataSource, { operatorId });
    if (!profile) throw new NotFoundException(`No risk profile for operator ${operatorId}`);
    return profile;
  }

  async byTaxpayer(taxpayerId: string, now = new Date()) {
    const profile = await findRiskProfile(this.dataSource, { taxpayerId });
    if (!profile) throw new NotFoundException(`No risk profile for taxpayer ${taxpayerId}`);
    const windows =
      (await sumDeclarationWindows(this.dataSource, [taxpayerId], now.toISOString().slice(0, 10))).get(taxpayerId) ??
      emptyWindows();
    const changes = await findScoreChanges(this.dataSource, taxpayerId);
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
      scoreHistory: changes.map((change) => ({ ...change, computedAt: change.computedAt.toISOString() })),
    };
  }
}
