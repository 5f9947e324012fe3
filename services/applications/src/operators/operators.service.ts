import { ConflictException, ForbiddenException, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, QueryFailedError } from 'typeorm';
import { APP_CONFIG } from '@aeo/config';
import { programmeTaxpayerId } from '@aeo/contracts';
import { AuthenticatedUser, assertScope, companyOf, regionOf } from '@aeo/auth';
import { recordAudit } from '@aeo/persistence';
import { currentCorrelationId } from '@aeo/observability';
import { fieldBadRequest, foundOr404 } from '@aeo/service-kit';
import type { ApplicationsConfig } from '../config';
import type { AddOperatorUserDto, RegisterOperatorDto } from './operator.schemas';
import type { OperatorUser } from './operator.response';
import {
  type Operator,
  findOperatorById,
  findOperatorWithTaxpayerId,
  insertNewOperator,
  insertOperatorUserLink,
  isOperatorUserLinked,
  listOperatorUserLinks,
  listOperatorsBy,
  upsertOperatorUserLink,
} from './operators.repository';

@Injectable()
export class OperatorsService {
  private readonly taxpayerIdFormat: ReturnType<typeof programmeTaxpayerId>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: ApplicationsConfig,
  ) {
    this.taxpayerIdFormat = programmeTaxpayerId(config.TAXPAYER_ID_PATTERN);
  }

  async register(user: AuthenticatedUser, body: RegisterOperatorDto): Promise<Operator> {
    const format = this.taxpayerIdFormat.safeParse(body.taxpayerId);
    if (!format.success) throw fieldBadRequest('taxpayerId', `${format.error.issues[0]?.message}`);
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

  private insertOperator(user: AuthenticatedUser, body: RegisterOperatorDto): Promise<Operator> {
    return this.dataSource.transaction(async (manager) => {
      const existing = await findOperatorWithTaxpayerId(manager, body.taxpayerId);
      if (existing)
        throw new ConflictException(
          `An operator with taxpayerId ${body.taxpayerId} is already registered (id ${existing.id})`,
        );
      const operator = await insertNewOperator(manager, { id: randomUUID(), ...body });
      // The operator user who registers the company becomes its first administrator.
      if (companyOf(user) === body.taxpayerId) {
        await insertOperatorUserLink(manager, {
          operatorId: operator.id,
          sub: user.sub,
          name: user.name ?? body.contact.name,
          email: body.contact.email,
          language: body.contact.language,
          role: 'administrator',
          addedBy: user.sub,
        });
      }
      await recordAudit(manager, {
        actor: user,
        action: 'operator.registered',
        entityType: 'operator',
        entityId: operator.id,
        after: body,
        correlationId: currentCorrelationId(),
      });
      return operator;
    });
  }

  async get(user: AuthenticatedUser, operatorId: string): Promise<Operator> {
    const operator = await foundOr404(findOperatorById(this.dataSource, operatorId), `Operator ${operatorId}`);
    assertScope(user, operator);
    return operator;
  }

  /** Operator users see their own company; regional staff their region; national roles all. */
  async list(user: AuthenticatedUser): Promise<Operator[]> {
    return listOperatorsBy(this.dataSource, { taxpayerId: companyOf(user), region: regionOf(user) });
  }

  async users(user: AuthenticatedUser, operatorId: string): Promise<OperatorUser[]> {
    await this.get(user, operatorId);
    return listOperatorUserLinks(this.dataSource, operatorId);
  }

  /** Links a user to the company: an administrator of the company, or customs staff in scope (e.g. its contact officer). */
  async addUser(user: AuthenticatedUser, operatorId: string, body: AddOperatorUserDto): Promise<OperatorUser[]> {
    const operator = await this.get(user, operatorId);
    if (companyOf(user) !== undefined && !(await this.isLinked(operator.id, user.sub, 'administrator'))) {
      throw new ForbiddenException(`Only an administrator of ${operator.name} may add its users`);
    }
    await this.dataSource.transaction(async (manager) => {
      await upsertOperatorUserLink(manager, {
        operatorId: operator.id,
        sub: body.sub,
        name: body.name,
        email: body.email,
        language: body.language,
        role: body.role,
        addedBy: user.sub,
      });
      await recordAudit(manager, {
        actor: user,
        action: 'operator.user-linked',
        entityType: 'operator',
        entityId: operator.id,
        after: { sub: body.sub, role: body.role },
        correlationId: currentCorrelationId(),
      });
    });
    return this.users(user, operatorId);
  }

  /** Whether an operator user is linked to the company (optionally with this role). */
  async isLinked(operatorId: string, sub: string, role?: 'administrator'): Promise<boolean> {
    return isOperatorUserLinked(this.dataSource, operatorId, sub, role);
  }
}
