import { BadRequestException, ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, QueryFailedError } from 'typeorm';
import { APP_CONFIG } from '@aeo/config';
import { AuthenticatedUser, assertScope, companyOf, regionOf } from '@aeo/auth';
import { recordAudit } from '@aeo/persistence';
import { currentCorrelationId } from '@aeo/observability';
import type { ApplicationsConfig } from '../config';
import { OperatorEntity } from './operator.entity';
import type { RegisterOperatorDto } from './operator.schemas';

@Injectable()
export class OperatorsService {
  private readonly taxpayerPattern: RegExp;
  private readonly regions: Set<string>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: ApplicationsConfig,
  ) {
    this.taxpayerPattern = new RegExp(config.TAXPAYER_ID_PATTERN);
    this.regions = new Set(config.CUSTOMS_REGIONS);
  }

  async register(user: AuthenticatedUser, body: RegisterOperatorDto): Promise<OperatorEntity> {
    if (!this.taxpayerPattern.test(body.taxpayerId)) {
      throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: `taxpayerId: does not match the programme's format ${this.taxpayerPattern.source}` });
    }
    if (!this.regions.has(body.region)) {
      throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: `region: ${body.region} is not a customs region of the programme (${[...this.regions].join(', ')})` });
    }
    assertScope(user, { region: body.region, taxpayerId: body.taxpayerId });
    try {
      return await this.insertOperator(user, body);
    } catch (error) {
      if (error instanceof QueryFailedError && (error as { code?: string }).code === '23505') {
        throw new ConflictException(`An operator with taxpayerId ${body.taxpayerId} is already registered`);
      }
      throw error;
    }
  }

  private insertOperator(user: AuthenticatedUser, body: RegisterOperatorDto): Promise<OperatorEntity> {
    return this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOneBy(OperatorEntity, { taxpayerId: body.taxpayerId });
      if (existing) throw new ConflictException(`An operator with taxpayerId ${body.taxpayerId} is already registered (id ${existing.id})`);
      const operator = manager.create(OperatorEntity, { id: randomUUID(), ...body });
      await manager.insert(OperatorEntity, operator);
      await recordAudit(manager, { actor: user, action: 'operator.registered', entityType: 'operator', entityId: operator.id, after: body, correlationId: currentCorrelationId() });
      return operator;
    });
  }

  async get(user: AuthenticatedUser, operatorId: string): Promise<OperatorEntity> {
    const operator = await this.dataSource.manager.findOneBy(OperatorEntity, { id: operatorId });
    if (!operator) throw new NotFoundException(`Operator ${operatorId} not found`);
    assertScope(user, operator);
    return operator;
  }

  /** Operator users see their own company; regional staff their region; national roles all. */
  async list(user: AuthenticatedUser): Promise<OperatorEntity[]> {
    const query = this.dataSource.manager.createQueryBuilder(OperatorEntity, 'o').orderBy('o.name').limit(500);
    const company = companyOf(user);
    const region = regionOf(user);
    if (company) query.andWhere('o.taxpayer_id = :tin', { tin: company });
    if (region) query.andWhere('o.region = :region', { region });
    return query.getMany();
  }
}
