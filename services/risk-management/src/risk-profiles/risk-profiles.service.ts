import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OperatorRiskProfileEntity } from './operator-risk-profile.entity';

@Injectable()
export class RiskProfilesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(operatorId: string): Promise<OperatorRiskProfileEntity> {
    const profile = await this.dataSource.manager.findOneBy(OperatorRiskProfileEntity, { operatorId });
    if (!profile) throw new NotFoundException(`No risk profile for operator ${operatorId}`);
    return profile;
  }
}
