import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { assertScope, type AuthenticatedUser, companyOf, regionFilterOf } from '@aeo/auth';
import { PilotContactOfficerAssigned } from '@aeo/contracts';
import { OutboxWriter } from '@aeo/messaging';
import { currentCorrelationId } from '@aeo/observability';
import { recordAudit, type SqlRunner } from '@aeo/persistence';
import { OperatorMembers } from '../../operator-members/operator-members.consumer';
import { fieldBadRequest } from '@aeo/service-kit';
import type { OfficerAssignmentRequest, PilotCompaniesQuery } from './contact-officers.schemas';
import {
  currentOfficers,
  findPilot,
  insertAssignment,
  lockedOfficerHistory,
  type OfficerAssignment,
  officerHistory,
  participantOf,
  pilotCompanyPage,
} from './contact-officers.repository';

/** Pilots whose companies still get (or change) their contact officer. */
const STAFFED_STATUSES = ['planned', 'running'];

/** The pilot, or 404 naming it. */
export async function existingPilot(runner: SqlRunner, pilotId: string) {
  const pilot = await findPilot(runner, pilotId);
  if (!pilot) throw new NotFoundException(`Pilot ${pilotId} does not exist`);
  return pilot;
}

/** An assignment without its undefined-able columns as nulls, as events carry it. */
const optional = <T>(value: T | null): T | undefined => value ?? undefined;

/**
 * Each pilot company's contact officer: one at a time, from the company's region, assigned and
 * reassigned by the policy unit with the reason; every assignment is kept (who, when, why),
 * audited and published (`aeo.programme-pilot.contact-officer-assigned.v1`), from which the
 * notifications service makes the officer the company's own contact officer.
 */
@Injectable()
export class ContactOfficersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly members: OperatorMembers,
  ) {}

  /**
   * assertScope, and an operator user's link to the company as well: a token naming the company
   * without the applications service having linked its user (a trader's own sign-up takes any
   * taxpayer id; a removed user keeps its token) gets the same 404 as another company's user.
   */
  private async assertSees(user: AuthenticatedUser, target: { region: string; taxpayerId: string }, what: string) {
    assertScope(user, target, what);
    if (companyOf(user) !== undefined && !(await this.members.actsFor(user, target.taxpayerId)))
      throw new NotFoundException(`${what} not found`);
  }

  /**
   * The company's officer in charge with every assignment before, for whoever may see the company
   * (staff keep reading a withdrawn company's history; its own users no longer do: 403).
   */
  async get(user: AuthenticatedUser, pilotId: string, taxpayerId: string) {
    await existingPilot(this.dataSource, pilotId);
    const history = await officerHistory(this.dataSource, pilotId, taxpayerId);
    const current = history[0];
    // Another company's officer is, to an operator user, as one that does not exist (assertScope): same message.
    const what = `Contact officer of company ${taxpayerId} in pilot ${pilotId}`;
    if (!current) throw new NotFoundException(`${what} not found`);
    await this.assertSees(user, current, what);
    await this.assertTakingPart(user, pilotId, taxpayerId, 'read');
    return { ...current, history };
  }

  /**
   * The officer in charge of each company taking part in the pilot (accepted, not withdrawn),
   * within the caller's region (its own company for an operator user).
   */
  async list(user: AuthenticatedUser, pilotId: string, region: string | undefined): Promise<OfficerAssignment[]> {
    await existingPilot(this.dataSource, pilotId);
    const company = companyOf(user);
    if (company !== undefined)
      return (await this.members.actsFor(user, company))
        ? currentOfficers(this.dataSource, pilotId, { taxpayerId: company, takingPart: true })
        : [];
    return currentOfficers(this.dataSource, pilotId, { region: regionFilterOf(user, region), takingPart: true });
  }

  /**
   * The companies taking part in the pilots with their officer in charge, a page at a time, within
   * the caller's region (regional staff); `contactOfficer=me` names the caller, `none` keeps the
   * companies that have no officer yet.
   */
  companies(user: AuthenticatedUser, query: PilotCompaniesQuery) {
    const { contactOfficer, pilotId, region, ...request } = query;
    const unassigned = contactOfficer === 'none';
    return pilotCompanyPage(this.dataSource, {
      pilotId,
      region: regionFilterOf(user, region),
      officerSub: unassigned ? undefined : contactOfficer === 'me' ? user.sub : contactOfficer,
      unassigned,
      ...request,
    });
  }

  /**
   * The company of the pilot as its officer in charge names it, or 404; 403 outside the caller's
   * scope. The company must still take part (its stage in the participant list is `accepted`): a
   * withdrawn company's own users are refused (403) whatever they ask; staff may still `read` it,
   * but not act for it (409).
   */
  async company(
    user: AuthenticatedUser,
    pilotId: string,
    taxpayerId: string,
    use: 'read' | 'act' = 'act',
  ): Promise<OfficerAssignment> {
    const [current] = await currentOfficers(this.dataSource, pilotId, { taxpayerId });
    const what = `taxpayerId: company ${taxpayerId} of pilot ${pilotId} (with a contact officer)`;
    if (!current) throw new NotFoundException(`${what} not found`);
    await this.assertSees(user, current, what);
    await this.assertTakingPart(user, pilotId, taxpayerId, use);
    return current;
  }

  /** The companies still taking part in the pilot that an officer is in charge of. */
  companiesOf(pilotId: string, officerSub: string): Promise<OfficerAssignment[]> {
    return currentOfficers(this.dataSource, pilotId, { officerSub, takingPart: true });
  }

  private async assertTakingPart(user: AuthenticatedUser, pilotId: string, taxpayerId: string, use: 'read' | 'act') {
    const stage = (await participantOf(this.dataSource, pilotId, taxpayerId))?.stage;
    if (stage === 'accepted') return;
    const why = `company ${taxpayerId} is ${stage ?? 'not in the participant list'} in pilot ${pilotId}: it no longer takes part`;
    if (companyOf(user) !== undefined) throw new ForbiddenException(`taxpayerId: ${why}`);
    if (use === 'act') throw new ConflictException(`taxpayerId: ${why}`);
  }

  /** 403 unless the user is the officer in charge of the company. */
  assertOfficerOf(user: AuthenticatedUser, company: OfficerAssignment): void {
    if (company.officerSub !== user.sub)
      throw new ForbiddenException(
        `Company ${company.taxpayerId} is looked after by another contact officer in this pilot (${company.officerSub})`,
      );
  }

  /**
   * Assigns the company's contact officer, or another one (the reason says why). The company must
   * have accepted to take part (the selection's participant list: 404 naming taxpayerId when it is
   * not in it, 409 when it has not accepted); its region and operator id come from there. 400
   * naming officerRegion when the officer works in another region than the company; 409 when the
   * pilot is over or the officer is in charge already.
   */
  async assign(user: AuthenticatedUser, pilotId: string, taxpayerId: string, body: OfficerAssignmentRequest) {
    return this.dataSource.transaction(async (manager) => {
      const pilot = await existingPilot(manager, pilotId);
      if (!STAFFED_STATUSES.includes(pilot.status))
        throw new ConflictException(`Pilot ${pilot.code} is ${pilot.status}: its contact officers no longer change`);
      const participant = await participantOf(manager, pilotId, taxpayerId);
      if (!participant)
        throw new NotFoundException(
          `taxpayerId: company ${taxpayerId} is not in the participant list of pilot ${pilot.code}`,
        );
      if (participant.stage !== 'accepted')
        throw new ConflictException(
          `taxpayerId: company ${taxpayerId} is ${participant.stage} in pilot ${pilot.code}: contact officers are for companies that accepted`,
        );
      const history = await lockedOfficerHistory(manager, pilotId, taxpayerId);
      const previous = history[0];
      const region = participant.region;
      if (body.officerRegion !== region)
        throw fieldBadRequest(
          'officerRegion',
          `the officer works in ${body.officerRegion}; a contact officer of the company’s region (${region}) is required`,
        );
      if (previous?.officerSub === body.officerSub)
        throw new ConflictException(
          `officerSub: ${body.officerSub} is already the contact officer of company ${taxpayerId} in this pilot`,
        );
      const added = await insertAssignment(manager, {
        pilotId,
        taxpayerId,
        region,
        operatorId: participant.operatorId ?? previous?.operatorId ?? null,
        companyName: body.companyName ?? previous?.companyName ?? null,
        officerSub: body.officerSub,
        officerName: body.officerName ?? null,
        assignedBy: user.sub,
        reason: body.reason,
      });
      await this.outbox.append(manager, PilotContactOfficerAssigned, {
        subject: pilotId,
        aggregateId: pilotId,
        data: {
          pilotId,
          taxpayerId,
          operatorId: optional(added.operatorId),
          region,
          operatorName: optional(added.companyName),
          officerSub: added.officerSub,
          officerName: optional(added.officerName),
          previousOfficerSub: previous?.officerSub,
          sequence: added.sequence,
          reason: added.reason,
          by: user.sub,
          at: added.assignedAt.toISOString(),
        },
      });
      await recordAudit(manager, {
        actor: user,
        action: previous ? 'pilot.contact-officer-reassigned' : 'pilot.contact-officer-assigned',
        entityType: 'pilot-company',
        entityId: `${pilotId}:${taxpayerId}`,
        before: previous,
        after: added,
        reason: added.reason,
        correlationId: currentCorrelationId(),
      });
      return { ...added, history: [added, ...history] };
    });
  }
}
