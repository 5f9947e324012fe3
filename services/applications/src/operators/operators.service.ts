import { BadRequestException, ConflictException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, QueryFailedError } from 'typeorm';
import { APP_CONFIG } from '@aeo/config';
import { programmeTaxpayerId } from '@aeo/contracts';
import { AuthenticatedUser, assertScope, companyOf, regionOf } from '@aeo/auth';
import { recordAudit } from '@aeo/persistence';
import { currentCorrelationId } from '@aeo/observability';
import type { ApplicationsConfig } from '../config';
import { OperatorEntity } from './operator.entity';
import type { AddOperatorUserDto, RegisterOperatorDto } from './operator.schemas';
import type { OperatorUser } from './operator.response';

@Injectable()
export class OperatorsService {
  private readonly taxpayerIdFormat: ReturnType<typeof programmeTaxpayerId>;
  private readonly regions: Set<string>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: ApplicationsConfig,
  ) {
    this.taxpayerIdFormat = programmeTaxpayerId(config.TAXPAYER_ID_PATTERN);
    this.regions = new Set(config.CUSTOMS_REGIONS);
  }

  async register(user: AuthenticatedUser, body: RegisterOperatorDto): Promise<OperatorEntity> {
    const format = this.taxpayerIdFormat.safeParse(body.taxpayerId);
    if (!format.success) {
      throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: `taxpayerId: ${format.error.issues[0]?.message}` });
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
      // The operator user who registers the company becomes its first administrator.
      if (companyOf(user) === body.taxpayerId) {
        await manager.query(`INSERT INTO operator_users (operator_id, sub, name, email, language, role, added_by) VALUES ($1, $2, $3, $4, $5, 'administrator', $2)`, [
          operator.id,
          user.sub,
          user.name ?? body.contact.name,
          body.contact.email,
          body.contact.language,
        ]);
      }
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

  async users(user: AuthenticatedUser, operatorId: string): Promise<OperatorUser[]> {
    await this.get(user, operatorId);
    const rows: { sub: string; name: string; email: string; language: 'mn' | 'en'; role: 'administrator' | 'member'; added_by: string; added_at: Date }[] = await this.dataSource.query(
      `SELECT sub, name, email, language, role, added_by, added_at FROM operator_users WHERE operator_id = $1 ORDER BY added_at`,
      [operatorId],
    );
    return rows.map((r) => ({ sub: r.sub, name: r.name, email: r.email, language: r.language, role: r.role, addedBy: r.added_by, addedAt: new Date(r.added_at).toISOString() }));
  }

  /** Links a user to the company: an administrator of the company, or customs staff in scope (e.g. its contact officer). */
  async addUser(user: AuthenticatedUser, operatorId: string, body: AddOperatorUserDto): Promise<OperatorUser[]> {
    const operator = await this.get(user, operatorId);
    if (companyOf(user) !== undefined && !(await this.isLinked(operator.id, user.sub, 'administrator'))) {
      throw new ForbiddenException(`Only an administrator of ${operator.name} may add its users`);
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO operator_users (operator_id, sub, name, email, language, role, added_by) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (operator_id, sub) DO UPDATE SET name = EXCLUDED.name, email = EXCLUDED.email, language = EXCLUDED.language, role = EXCLUDED.role`,
        [operator.id, body.sub, body.name, body.email, body.language, body.role, user.sub],
      );
      await recordAudit(manager, { actor: user, action: 'operator.user-linked', entityType: 'operator', entityId: operator.id, after: { sub: body.sub, role: body.role }, correlationId: currentCorrelationId() });
    });
    return this.users(user, operatorId);
  }

  /** Whether an operator user is linked to the company (optionally with this role). */
  async isLinked(operatorId: string, sub: string, role?: 'administrator'): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM operator_users WHERE operator_id = $1 AND sub = $2 AND ($3::text IS NULL OR role = $3)`, [operatorId, sub, role ?? null]);
    return rows.length > 0;
  }
}
