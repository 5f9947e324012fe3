import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { APP_CONFIG } from '@aeo/config';
import {
  type EventData,
  OperatorUpdated,
  OperatorUserLinked,
  OperatorUserRemoved,
  programmeTaxpayerId,
  withInvisibleCharactersEscaped,
} from '@aeo/contracts';
import { AuthenticatedUser, assertMayActFor, assertScope, companyOf, regionOf } from '@aeo/auth';
import { OutboxWriter } from '@aeo/messaging';
import { recordAudit } from '@aeo/persistence';
import { currentCorrelationId } from '@aeo/observability';
import { fieldBadRequest, foundOr404 } from '@aeo/service-kit';
import type { ApplicationsConfig } from '../config';
import type {
  AddOperatorUserDto,
  RegisterOperatorDto,
  RemoveOperatorUserDto,
  UpdateOperatorDto,
} from './operator.schemas';
import { type MembershipNeeded, assertCompanyMember } from './company-membership';
import type { OperatorUser } from './operator.response';
import {
  type Operator,
  deleteOperatorUserLink,
  findMembership,
  findOperatorById,
  findOperatorWithTaxpayerId,
  insertNewOperator,
  insertOperatorUserLink,
  listAdministratorSubs,
  listCurrentUserLinks,
  listOperatorUserLinks,
  listOperatorsBy,
  lockExistingOperator,
  updateOperatorDetailsOf,
  upsertOperatorUserLink,
} from './operators.repository';
import { revokePendingInvitationsBy } from '../invitations/invitations.repository';

@Injectable()
export class OperatorsService {
  private readonly taxpayerIdFormat: ReturnType<typeof programmeTaxpayerId>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: ApplicationsConfig,
    private readonly outbox: OutboxWriter,
  ) {
    this.taxpayerIdFormat = programmeTaxpayerId(config.TAXPAYER_ID_PATTERN);
  }

  async register(user: AuthenticatedUser, body: RegisterOperatorDto): Promise<Operator> {
    const format = this.taxpayerIdFormat.safeParse(body.taxpayerId);
    if (!format.success) throw fieldBadRequest('taxpayerId', `${format.error.issues[0]?.message}`);
    assertMayActFor(user, { region: body.region, taxpayerId: body.taxpayerId });
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
        // As every link: the other services' copies of the company's users (notifications' company
        // webhooks, its recipients) learn of its first administrator.
        await this.announce(manager, OperatorUserLinked, operator, {
          sub: user.sub,
          role: 'administrator',
          linkedBy: user.sub,
          linkedAt: new Date().toISOString(),
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

  /**
   * Announces again, through the outbox, every current link of a company's user (or of one
   * company's) as aeo.operator.user-linked.v1 with the link's own time and author: the services
   * that keep a copy of the companies' users (validation, notifications) and started consuming
   * after some links were made learn them. Each copy keeps its latest change (a replay of an
   * older link changes nothing there), so announcing twice, or a user removed since, is harmless.
   */
  async announceUserLinks(user: AuthenticatedUser, operatorId?: string): Promise<{ announced: number }> {
    return this.dataSource.transaction(async (manager) => {
      if (operatorId !== undefined)
        await foundOr404(findOperatorById(manager, operatorId), `operatorId: operator ${operatorId}`);
      const links = await listCurrentUserLinks(manager, operatorId);
      for (const { operatorId: id, taxpayerId, region, ...link } of links)
        await this.outbox.append(manager, OperatorUserLinked, {
          subject: id,
          aggregateId: id,
          data: { operatorId: id, taxpayerId, region, ...link },
        });
      await recordAudit(manager, {
        actor: user,
        action: 'operator.user-links-announced',
        entityType: 'operator',
        entityId: operatorId ?? 'all',
        after: { operatorId: operatorId ?? null, announced: links.length },
        correlationId: currentCorrelationId(),
      });
      return { announced: links.length };
    });
  }

  /** The operator in the caller's scope: its region for staff; for an operator user, its company, linked to it (as `needed`). */
  async get(user: AuthenticatedUser, operatorId: string, needed?: MembershipNeeded): Promise<Operator> {
    const operator = await foundOr404(findOperatorById(this.dataSource, operatorId), `Operator ${operatorId}`);
    assertScope(user, operator, `Operator ${operatorId}`);
    await assertCompanyMember(this.dataSource, user, operator.id, needed);
    return operator;
  }

  /**
   * Operator users see their own company, linked to it or not (a user of a company not registered
   * yet gets none and registers it; one not linked yet learns whom to ask); regional staff their
   * region; national roles all.
   */
  async list(user: AuthenticatedUser): Promise<Operator[]> {
    return listOperatorsBy(this.dataSource, { taxpayerId: companyOf(user), region: regionOf(user) });
  }

  async users(user: AuthenticatedUser, operatorId: string): Promise<OperatorUser[]> {
    await this.get(user, operatorId);
    return listOperatorUserLinks(this.dataSource, operatorId);
  }

  /**
   * Links a user to the company, or again with new details or another role: an administrator of the
   * company, or customs staff in scope (e.g. its contact officer). Audited with the role before;
   * `aeo.operator.user-linked.v1` tells other services.
   */
  async addUser(user: AuthenticatedUser, operatorId: string, body: AddOperatorUserDto): Promise<OperatorUser[]> {
    const operator = await this.get(user, operatorId, { administrator: true, action: 'add its users' });
    await this.dataSource.transaction(async (manager) => {
      await this.lockForAdministrator(manager, user, operator.id, 'add its users');
      if (body.role !== 'administrator') await this.assertNotLastAdministrator(manager, operator, body.sub, 'demote');
      // Under the operator's lock: no other change of its users comes between this read and the link.
      const previousRole = (await findMembership(manager, operator.id, body.sub))?.role;
      if (previousRole === 'administrator' && body.role !== 'administrator')
        await revokePendingInvitationsBy(manager, {
          operatorId: operator.id,
          invitedBy: body.sub,
          actor: user,
          reason: `${body.sub} is no longer an administrator of ${operator.name}`,
        });
      await upsertOperatorUserLink(manager, {
        operatorId: operator.id,
        sub: body.sub,
        name: body.name,
        email: body.email,
        language: body.language,
        role: body.role,
        addedBy: user.sub,
      });
      await this.announce(manager, OperatorUserLinked, operator, {
        sub: body.sub,
        role: body.role,
        previousRole,
        linkedBy: user.sub,
        linkedAt: new Date().toISOString(),
      });
      await recordAudit(manager, {
        actor: user,
        action: 'operator.user-linked',
        entityType: 'operator',
        entityId: operator.id,
        before: previousRole ? { sub: body.sub, role: previousRole } : null,
        after: { sub: body.sub, role: body.role },
        correlationId: currentCorrelationId(),
      });
    });
    return this.users(user, operatorId);
  }

  /**
   * Unlinks a user: from now on their token no longer acts for the company (every step checks the
   * link). The last administrator stays (409). Audited with the reason; `aeo.operator.user-removed.v1`
   * tells other services and the identity provider.
   */
  async removeUser(
    user: AuthenticatedUser,
    operatorId: string,
    sub: string,
    body: RemoveOperatorUserDto,
  ): Promise<void> {
    const operator = await this.get(user, operatorId, { administrator: true, action: 'remove its users' });
    await this.dataSource.transaction(async (manager) => {
      await this.lockForAdministrator(manager, user, operator.id, 'remove its users');
      await this.assertNotLastAdministrator(manager, operator, sub, 'remove');
      const role = await deleteOperatorUserLink(manager, operator.id, sub);
      // An earlier link may hold hidden characters (the path takes it to remove it): shown escaped, never echoed.
      if (!role)
        throw new NotFoundException(`${withInvisibleCharactersEscaped(sub)} is not a user of ${operator.name}`);
      // What they sent out must not let anyone in after them (themselves at another address neither).
      await revokePendingInvitationsBy(manager, {
        operatorId: operator.id,
        invitedBy: sub,
        actor: user,
        reason: body.reason,
      });
      const removedAt = new Date().toISOString();
      await this.announce(manager, OperatorUserRemoved, operator, {
        sub,
        role,
        removedBy: user.sub,
        removedAt,
        reason: body.reason,
      });
      await recordAudit(manager, {
        actor: user,
        action: 'operator.user-removed',
        entityType: 'operator',
        entityId: operator.id,
        before: { sub, role },
        reason: body.reason,
        correlationId: currentCorrelationId(),
      });
    });
  }

  /**
   * The company's contact, address and supply-chain roles (what the body names; each replaces
   * the whole part). Its name, legal form, taxpayer id and region stay: their changes are reported
   * changes of an authorisation. Audited; `aeo.operator.updated.v1` carries the new values.
   */
  async update(user: AuthenticatedUser, operatorId: string, body: UpdateOperatorDto): Promise<Operator> {
    const operator = await this.get(user, operatorId, { administrator: true, action: 'change its data' });
    const changed = (['contact', 'address', 'supplyChainRoles'] as const).filter((field) => body[field] !== undefined);
    return this.dataSource.transaction(async (manager) => {
      const before = await this.lockForAdministrator(manager, user, operator.id, 'change its data');
      const updated = await updateOperatorDetailsOf(manager, operator.id, {
        contact: body.contact ?? before.contact,
        address: body.address ?? before.address,
        supplyChainRoles: body.supplyChainRoles ?? before.supplyChainRoles,
      });
      const pick = (from: Operator) => Object.fromEntries(changed.map((field) => [field, from[field]]));
      await this.announce(manager, OperatorUpdated, operator, {
        changed,
        contact: updated.contact,
        address: updated.address,
        supplyChainRoles: updated.supplyChainRoles,
        updatedBy: user.sub,
        updatedAt: updated.updatedAt.toISOString(),
      });
      await recordAudit(manager, {
        actor: user,
        action: 'operator.updated',
        entityType: 'operator',
        entityId: operator.id,
        before: pick(before),
        after: pick(updated),
        correlationId: currentCorrelationId(),
      });
      return updated;
    });
  }

  /**
   * The operator locked for a change of its users or data, by one of its administrators (staff in
   * scope: checked before): checked again under the lock, so that an administrator removed or
   * demoted meanwhile changes nothing.
   */
  private async lockForAdministrator(
    manager: EntityManager,
    user: AuthenticatedUser,
    operatorId: string,
    action: string,
  ): Promise<Operator> {
    const operator = await lockExistingOperator(manager, operatorId);
    await assertCompanyMember(manager, user, operatorId, { administrator: true, action });
    return operator;
  }

  /** An event of the operator itself, through the outbox: keyed by it and about it. */
  private async announce<E extends typeof OperatorUserLinked | typeof OperatorUserRemoved | typeof OperatorUpdated>(
    manager: EntityManager,
    definition: E,
    operator: Operator,
    data: Omit<EventData<E>, 'operatorId' | 'taxpayerId' | 'region'>,
  ): Promise<void> {
    const about = { operatorId: operator.id, taxpayerId: operator.taxpayerId, region: operator.region };
    await this.outbox.append(manager, definition, {
      subject: operator.id,
      aggregateId: operator.id,
      data: { ...about, ...data } as EventData<E>,
    });
  }

  /** A company keeps an administrator: its last one is neither removed nor made a member (409 naming them). */
  private async assertNotLastAdministrator(
    manager: EntityManager,
    operator: Operator,
    sub: string,
    change: 'remove' | 'demote',
  ): Promise<void> {
    const administrators = await listAdministratorSubs(manager, operator.id);
    if (administrators.length === 1 && administrators[0] === sub)
      throw new ConflictException(
        `${withInvisibleCharactersEscaped(sub)} is the last administrator of ${operator.name} and cannot be ${change === 'remove' ? 'removed' : 'made a member'}; link another administrator first`,
      );
  }
}
