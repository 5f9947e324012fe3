import { ConflictException, HttpException, HttpStatus, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG } from '@aeo/config';
import {
  OperatorInvitationCreated,
  OperatorUserLinked,
  invitationCodeHash,
  newInvitationCode,
  sealInvitationCode,
} from '@aeo/contracts';
import { AuthenticatedUser, ROLES, assertScope, hasRole } from '@aeo/auth';
import { foundOr404 } from '@aeo/service-kit';
import { OutboxWriter } from '@aeo/messaging';
import { recordAudit } from '@aeo/persistence';
import { currentCorrelationId } from '@aeo/observability';
import type { ApplicationsConfig } from '../config';
import { assertCompanyMember } from '../operators/company-membership';
import {
  type Operator,
  findMembership,
  findOperatorById,
  insertOperatorUserLink,
  listOperatorUserLinks,
  lockExistingOperator,
} from '../operators/operators.repository';
import type { CreateInvitationDto, InvitationRedemptionDto } from './invitation.schemas';
import { type Invitation, type InvitationLookupAnswer, invitationAsSeenByCompany } from './invitation.response';
import {
  acceptPendingInvitation,
  auditRevocation,
  countInvitationsOf,
  findInvitationOf,
  findInvitationWithCode,
  insertNewInvitation,
  listInvitationsOf,
  lockInvitationWithCode,
  revokePendingInvitation,
} from './invitations.repository';

const DAY_MS = 86_400_000;

/**
 * Invitations to a company (issue 20): its administrator (or customs staff in scope, e.g. for a
 * company a contact officer registered) invites a person by email in a role; the identity
 * provider redeems the link's single-use code for the account the person creates or signs in
 * with, which this service links to the company in the same transaction that accepts the
 * invitation. Only the code's hash is stored; the code reaches notifications sealed in the event.
 */
@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: ApplicationsConfig,
    private readonly outbox: OutboxWriter,
  ) {}

  async create(user: AuthenticatedUser, operatorId: string, body: CreateInvitationDto): Promise<Invitation> {
    const action = 'invite its users';
    const operator = await this.operatorFor(user, operatorId, action);
    const code = newInvitationCode();
    const id = randomUUID();
    const expiresAt = new Date(Date.now() + this.config.INVITATION_TTL_DAYS * DAY_MS);
    const invitation = await this.dataSource.transaction(async (manager) => {
      await lockExistingOperator(manager, operator.id);
      await assertCompanyMember(manager, user, operator.id, { administrator: true, action });
      await this.assertUnderLimits(manager, operator);
      const invitation = await insertNewInvitation(manager, {
        id,
        operatorId: operator.id,
        codeHash: invitationCodeHash(code),
        email: body.email,
        name: body.name,
        role: body.role,
        language: body.language,
        invitedBy: user.sub,
        expiresAt,
      });
      await this.outbox.append(manager, OperatorInvitationCreated, {
        subject: operator.id,
        aggregateId: operator.id,
        data: {
          ...aboutOperator(operator),
          invitationId: id,
          operatorName: operator.name,
          email: body.email,
          name: body.name,
          language: body.language,
          role: body.role,
          sealedCode: sealInvitationCode(this.config.INVITATION_CODE_KEY, id, code),
          expiresAt: invitation.expiresAt,
          invitedBy: user.sub,
          invitedAt: invitation.invitedAt,
        },
      });
      await recordAudit(manager, {
        actor: user,
        action: 'operator.invitation-created',
        entityType: 'operator',
        entityId: operator.id,
        after: { invitationId: id, email: body.email, role: body.role, expiresAt: invitation.expiresAt },
        correlationId: currentCorrelationId(),
      });
      return invitation;
    });
    const [shown] = await this.asSeenBy(user, operator.id, [invitation]);
    return shown;
  }

  async list(user: AuthenticatedUser, operatorId: string): Promise<Invitation[]> {
    const operator = await this.operatorFor(user, operatorId, 'see its invitations');
    return this.asSeenBy(user, operator.id, await listInvitationsOf(this.dataSource, operator.id));
  }

  /** Customs staff read invitations as stored; the company's users see who of customs invited or revoked as null. */
  private async asSeenBy(
    user: AuthenticatedUser,
    operatorId: string,
    invitations: Invitation[],
  ): Promise<Invitation[]> {
    if (!hasRole(user, ROLES.operatorUser)) return invitations;
    const companySubs = new Set((await listOperatorUserLinks(this.dataSource, operatorId)).map((linked) => linked.sub));
    return invitations.map((invitation) => invitationAsSeenByCompany(invitation, companySubs));
  }

  /** Revokes a pending invitation: its link no longer works. 409 when it is accepted, revoked or expired already. */
  async revoke(user: AuthenticatedUser, operatorId: string, invitationId: string): Promise<void> {
    const action = 'revoke its invitations';
    const operator = await this.operatorFor(user, operatorId, action);
    await this.dataSource.transaction(async (manager) => {
      await lockExistingOperator(manager, operator.id);
      await assertCompanyMember(manager, user, operator.id, { administrator: true, action });
      const revoked = await revokePendingInvitation(manager, operator.id, invitationId, user.sub);
      if (!revoked) {
        const invitation = await findInvitationOf(manager, operator.id, invitationId);
        if (!invitation) throw new NotFoundException(`Invitation ${invitationId} not found`);
        throw new ConflictException(
          `Invitation ${invitationId} is ${invitation.status} already; only a pending one is revoked`,
        );
      }
      await auditRevocation(manager, user, operator.id, revoked);
    });
  }

  /** The invitation of a link's code, for the identity provider's page; 404 for a code no invitation has. */
  async lookUp(code: string): Promise<InvitationLookupAnswer> {
    const invitation = await findInvitationWithCode(this.dataSource, invitationCodeHash(code));
    if (!invitation) throw new NotFoundException('No invitation has this code');
    const { id, email, name, role, language, status, expiresAt, operatorName, taxpayerId } = invitation;
    return { id, email, name, role, language, status, expiresAt, operatorName, taxpayerId };
  }

  /**
   * The identity provider redeems a code for an account of the inviting company: under the
   * operator's lock (as every change of its users) and the invitation's, the invitation is
   * accepted once and the account linked in its role, `aeo.operator.user-linked.v1` telling
   * the others; a second redemption of the code finds it accepted (409).
   */
  async redeem(client: AuthenticatedUser, body: InvitationRedemptionDto) {
    const codeHash = invitationCodeHash(body.code);
    const found = await findInvitationWithCode(this.dataSource, codeHash);
    if (!found) throw new NotFoundException('No invitation has this code');
    return this.dataSource.transaction(async (manager) => {
      const operator = await lockExistingOperator(manager, found.operatorId);
      const invitation = await lockInvitationWithCode(manager, codeHash);
      if (!invitation || invitation.status !== 'pending')
        throw new ConflictException(`The invitation is ${invitation?.status ?? 'gone'}: it cannot be accepted`);
      if (body.taxpayerId !== operator.taxpayerId)
        throw new ConflictException(
          `taxpayerId: the account belongs to another company (${body.taxpayerId}); the invitation is to ${operator.name}`,
        );
      if ((await findMembership(manager, operator.id, body.sub))?.role)
        throw new ConflictException(`${body.sub} is a user of ${operator.name} already`);
      if (!(await acceptPendingInvitation(manager, invitation.id, body.sub)))
        throw new ConflictException('The invitation expired: it cannot be accepted');
      await insertOperatorUserLink(manager, {
        operatorId: operator.id,
        sub: body.sub,
        name: body.name,
        email: body.email,
        language: body.language,
        role: invitation.role,
        addedBy: invitation.invitedBy,
      });
      const linkedAt = new Date().toISOString();
      await this.outbox.append(manager, OperatorUserLinked, {
        subject: operator.id,
        aggregateId: operator.id,
        data: {
          ...aboutOperator(operator),
          sub: body.sub,
          role: invitation.role,
          linkedBy: invitation.invitedBy,
          linkedAt,
        },
      });
      await recordAudit(manager, {
        actor: client,
        action: 'operator.invitation-accepted',
        entityType: 'operator',
        entityId: operator.id,
        before: null,
        after: { invitationId: invitation.id, sub: body.sub, role: invitation.role, invitedBy: invitation.invitedBy },
        correlationId: currentCorrelationId(),
      });
      return {
        invitationId: invitation.id,
        operatorId: operator.id,
        operatorName: operator.name,
        taxpayerId: operator.taxpayerId,
        sub: body.sub,
        role: invitation.role,
      };
    });
  }

  /**
   * 429 when the company has INVITATION_MAX_PENDING invitations pending or created
   * INVITATION_MAX_PER_DAY in the last 24 hours: each sends an email to an address the inviter
   * chose, so a company's account (or a stolen one) cannot flood mailboxes in the platform's name.
   * Counted under the operator's lock: concurrent invitations cannot both pass the last place.
   */
  private async assertUnderLimits(manager: EntityManager, operator: Operator): Promise<void> {
    const { pending, lastDay } = await countInvitationsOf(manager, operator.id);
    const { INVITATION_MAX_PENDING: maxPending, INVITATION_MAX_PER_DAY: maxPerDay } = this.config;
    if (pending >= maxPending)
      throw new HttpException(
        `Company ${operator.taxpayerId} has ${pending} pending invitations, the limit (INVITATION_MAX_PENDING ${maxPending}): revoke one or wait until one is accepted or expires`,
        HttpStatus.TOO_MANY_REQUESTS,
      );
    if (lastDay >= maxPerDay)
      throw new HttpException(
        `Company ${operator.taxpayerId} created ${lastDay} invitations in the last 24 hours, the limit (INVITATION_MAX_PER_DAY ${maxPerDay}): try again later`,
        HttpStatus.TOO_MANY_REQUESTS,
      );
  }

  /**
   * The operator whose invitations the caller manages: 404 for an operator user of another
   * company (as for an unknown operator: it learns nothing of others), 403 outside a staff
   * member's region, and an operator user must be the company's administrator.
   */
  private async operatorFor(user: AuthenticatedUser, operatorId: string, action: string): Promise<Operator> {
    const operator = await foundOr404(findOperatorById(this.dataSource, operatorId), `Operator ${operatorId}`);
    assertScope(user, operator, `Operator ${operatorId}`);
    await assertCompanyMember(this.dataSource, user, operator.id, { administrator: true, action });
    return operator;
  }
}

const aboutOperator = (operator: Operator) => ({
  operatorId: operator.id,
  taxpayerId: operator.taxpayerId,
  region: operator.region,
});
