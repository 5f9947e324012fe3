import { randomUUID } from 'node:crypto';
import { ConflictException, ForbiddenException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { type AuthenticatedUser, companyOf, hasRole, regionOf, ROLES } from '@aeo/auth';
import {
  PilotTrainingAttendanceRecorded,
  PilotTrainingCompleted,
  PilotTrainingMaterialAdded,
  PilotTrainingRegistered,
  PilotTrainingSessionScheduled,
} from '@aeo/contracts';
import { OutboxWriter } from '@aeo/messaging';
import { currentCorrelationId } from '@aeo/observability';
import { recordAudit } from '@aeo/persistence';
import { fieldBadRequest, issuesBadRequest } from '@aeo/service-kit';
import { ContactOfficersService, existingPilot } from '../contact-officers/contact-officers.service';
import { milestonesOf, pilotFrameLocked } from '../core/pilots.repository';
import { PilotsService } from '../core/pilots.service';
import { currentOfficers } from '../contact-officers/contact-officers.repository';
import { sessionOutsidePilot } from './pilot-frame';
import type { AttendanceRequest, MaterialRequest, NewSession, RegistrationRequest } from './training.schemas';
import {
  addCompletion,
  addMaterial,
  addRegistration,
  addSession,
  completionOf,
  lockSessionRow,
  materialsOf,
  registrationsOf,
  sessionOf,
  sessionsOf,
  setAttendance,
  topicsOf,
  trainedParticipants,
  type TrainingRegistration,
  type TrainingSession,
} from './training.repository';

/** Pilots that still schedule training and take registrations. */
const OPEN_STATUSES = ['planned', 'running'];
/** Pilots whose attendance may still be recorded (a session held before the pilot ended). */
const ATTENDANCE_STATUSES = ['planned', 'running', 'ended'];

const optional = <T>(value: T | null): T | undefined => value ?? undefined;
/** Who reports the training milestone done: the platform, on the attendance recorded (the ledger and audit name it). */
const TRAINING_RECORDS = { sub: 'system:pilot-training', roles: [ROLES.policyUnit] };
const sessionRef = (session: TrainingSession) => ({
  pilotId: session.pilotId,
  sessionId: session.id,
  topic: session.topic,
  required: session.required,
  startsAt: session.startsAt.toISOString(),
  endsAt: session.endsAt.toISOString(),
  place: optional(session.place),
  link: optional(session.link),
  audience: session.audience,
});

/**
 * The pilot's training: sessions (topic, time, place or link, audience, capacity) scheduled by
 * the policy unit, registrations (a company's staff by name and role, or customs staff),
 * attendance recorded after a session, and materials. A company whose staff attended every
 * required topic has completed its training (the training milestone): recorded once and published
 * (`aeo.programme-pilot.training-completed.v1`). Every step is audited and published.
 */
@Injectable()
export class TrainingService {
  private readonly logger = new Logger(TrainingService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly officers: ContactOfficersService,
    private readonly pilots: PilotsService,
  ) {}

  /** The pilot's sessions; an operator user sees the company-staff sessions of a pilot its company is in. */
  async list(user: AuthenticatedUser, pilotId: string): Promise<TrainingSession[]> {
    await existingPilot(this.dataSource, pilotId);
    const company = companyOf(user);
    if (company === undefined) return sessionsOf(this.dataSource, pilotId);
    await this.officers.company(user, pilotId, company);
    return sessionsOf(this.dataSource, pilotId, 'company-staff');
  }

  /** A session with its materials and the registrations the caller may see. */
  async get(user: AuthenticatedUser, pilotId: string, sessionId: string) {
    const session = await this.session(user, pilotId, sessionId);
    const registrations = (await registrationsOf(this.dataSource, sessionId)).filter(this.visibleTo(user));
    return { ...session, registrations, materials: await materialsOf(this.dataSource, sessionId) };
  }

  /**
   * A session within the pilot's time frame (400 naming startsAt or endsAt outside it) of a pilot
   * that is planned or running (409 once it has ended, is closed or cancelled).
   */
  async schedule(user: AuthenticatedUser, pilotId: string, body: NewSession) {
    return this.dataSource.transaction(async (manager) => {
      const pilot = await this.openPilot(manager, pilotId, 'schedules no more training');
      const outside = sessionOutsidePilot(body, pilot);
      if (outside) throw issuesBadRequest([outside]);
      const session = await addSession(manager, {
        id: randomUUID(),
        pilotId,
        topic: body.topic,
        required: body.required,
        startsAt: new Date(body.startsAt),
        endsAt: new Date(body.endsAt),
        place: body.place ?? null,
        link: body.link ?? null,
        audience: body.audience,
        capacity: body.capacity,
        createdBy: user.sub,
      });
      await this.outbox.append(manager, PilotTrainingSessionScheduled, {
        subject: pilotId,
        aggregateId: pilotId,
        data: { ...sessionRef(session), capacity: session.capacity, by: user.sub, at: session.createdAt.toISOString() },
      });
      await this.audit(manager, user, 'pilot.training-session-scheduled', session.id, session);
      return { ...session, registrations: [], materials: [] };
    });
  }

  /**
   * Registers a person for a session before it starts: a company-staff session takes a pilot
   * company's staff (an operator user its own company's), a customs-staff session customs staff
   * (the policy unit registers them). 409 when the session is full, has started, or the person is
   * registered already.
   */
  async register(user: AuthenticatedUser, pilotId: string, sessionId: string, body: RegistrationRequest) {
    const taxpayerId = this.registrant(user, body);
    return this.dataSource.transaction(async (manager) => {
      await this.openPilot(manager, pilotId, 'takes no more registrations');
      await lockSessionRow(manager, sessionId);
      const session = await this.session(user, pilotId, sessionId, manager);
      if (session.audience === 'company-staff' && !taxpayerId)
        throw fieldBadRequest(
          'taxpayerId',
          'this session is for company staff: name the company (staffSub is for customs-staff sessions)',
        );
      if (session.audience === 'customs-staff' && !body.staffSub)
        throw fieldBadRequest('staffSub', 'this session is for customs staff: name the staff member (not a company)');
      if (session.startsAt.getTime() <= Date.now())
        throw new ConflictException(
          `Session ${sessionId} started at ${session.startsAt.toISOString()}: registration is closed`,
        );
      if (session.registered >= session.capacity)
        throw new ConflictException(`Session ${sessionId} is full (capacity ${session.capacity})`);
      const company = taxpayerId ? await this.officers.company(user, pilotId, taxpayerId) : undefined;
      const registration = await addRegistration(manager, {
        id: randomUUID(),
        sessionId,
        taxpayerId: company?.taxpayerId ?? null,
        region: company?.region ?? null,
        staffSub: company ? null : body.staffSub!,
        personName: body.personName,
        personRole: body.personRole,
        registeredBy: user.sub,
      });
      if (!registration)
        throw new ConflictException(`personName: ${body.personName} is registered for session ${sessionId} already`);
      await this.outbox.append(manager, PilotTrainingRegistered, {
        subject: pilotId,
        aggregateId: pilotId,
        data: {
          ...sessionRef(session),
          registrationId: registration.id,
          taxpayerId: optional(registration.taxpayerId),
          operatorId: optional(company?.operatorId ?? null),
          region: optional(registration.region),
          staffSub: optional(registration.staffSub),
          personName: registration.personName,
          personRole: registration.personRole,
          by: user.sub,
          at: registration.registeredAt.toISOString(),
        },
      });
      await this.audit(manager, user, 'pilot.training-registered', registration.id, registration);
      return registration;
    });
  }

  /**
   * Records who attended and who did not, once the session has started (409 before); the policy
   * unit for anyone, a contact officer for the staff of the companies it is in charge of (403 for
   * another). Then every company whose staff have now attended every required topic completes its
   * training (recorded and published once).
   */
  async recordAttendance(user: AuthenticatedUser, pilotId: string, sessionId: string, body: AttendanceRequest) {
    const completed = await this.dataSource.transaction(async (manager) => {
      const pilot = await existingPilot(manager, pilotId);
      if (!ATTENDANCE_STATUSES.includes(pilot.status))
        throw new ConflictException(`Pilot ${pilot.code} is ${pilot.status}: attendance is no longer recorded`);
      await lockSessionRow(manager, sessionId);
      const session = await this.session(user, pilotId, sessionId, manager);
      if (session.startsAt.getTime() > Date.now())
        throw new ConflictException(
          `Session ${sessionId} starts at ${session.startsAt.toISOString()}: attendance is recorded after it`,
        );
      const registrations = new Map((await registrationsOf(manager, sessionId)).map((r) => [r.id, r]));
      const mine = hasRole(user, ROLES.policyUnit) ? undefined : await this.companiesInCharge(user, pilotId);
      body.attendance.forEach(({ registrationId }, index) => {
        const registration = registrations.get(registrationId);
        if (!registration)
          throw new NotFoundException(
            `attendance.${index}.registrationId: ${registrationId} is not a registration of session ${sessionId}`,
          );
        if (mine && !(registration.taxpayerId && mine.has(registration.taxpayerId)))
          throw new ForbiddenException(
            `attendance.${index}.registrationId: ${registrationId} is not of a company you are the contact officer of in this pilot`,
          );
      });
      const attended = body.attendance.filter((entry) => entry.attended).map((entry) => entry.registrationId);
      const absent = body.attendance.filter((entry) => !entry.attended).map((entry) => entry.registrationId);
      await setAttendance(manager, sessionId, user.sub, { ids: attended, attended: true });
      await setAttendance(manager, sessionId, user.sub, { ids: absent, attended: false });
      const at = new Date().toISOString();
      await this.outbox.append(manager, PilotTrainingAttendanceRecorded, {
        subject: pilotId,
        aggregateId: pilotId,
        data: { pilotId, sessionId, topic: session.topic, attended, absent, by: user.sub, at },
      });
      await this.audit(manager, user, 'pilot.training-attendance-recorded', sessionId, { attended, absent });
      const companies = new Set(attended.map((id) => registrations.get(id)!.taxpayerId).filter((id) => id !== null));
      let completions = 0;
      for (const taxpayerId of companies)
        if (await this.completeIfTrained(manager, user, pilotId, taxpayerId)) completions += 1;
      return completions;
    });
    if (completed > 0) await this.reportTrainingMilestones(pilotId);
    return this.get(user, pilotId, sessionId);
  }

  /**
   * Once every company that accepted to take part has completed its training, the pilot's open
   * training milestones are reported done through the pilot's workflow (pilots/core), with the
   * companies' training as evidence. After the attendance is committed, so a refusal (the pilot not
   * started, its workflow over) leaves the attendance recorded and is logged: the policy unit then
   * reports the milestone itself.
   */
  private async reportTrainingMilestones(pilotId: string): Promise<void> {
    const { accepted, trained } = await trainedParticipants(this.dataSource, pilotId);
    if (accepted === 0 || trained < accepted) return;
    const milestones = (await milestonesOf(this.dataSource, pilotId)).filter(
      (milestone) => milestone.workstream === 'training' && milestone.status !== 'done',
    );
    for (const milestone of milestones) {
      try {
        await this.pilots.completeMilestone(TRAINING_RECORDS, pilotId, milestone.id, {
          evidence: [
            {
              title: `Training completed by all ${accepted} pilot companies`,
              reference: `/v1/pilots/${pilotId}/training-sessions`,
            },
          ],
          note: 'Every company that accepted attended every required training topic (attendance recorded).',
        });
      } catch (error) {
        this.logger.warn(
          `training milestone ${milestone.id} of pilot ${pilotId} not reported done: ${(error as Error).message}`,
        );
      }
    }
  }

  async addMaterial(user: AuthenticatedUser, pilotId: string, sessionId: string, body: MaterialRequest) {
    return this.dataSource.transaction(async (manager) => {
      await existingPilot(manager, pilotId);
      await this.session(user, pilotId, sessionId, manager);
      const material = await addMaterial(manager, {
        id: randomUUID(),
        sessionId,
        title: body.title,
        link: body.link ?? null,
        documentRef: body.documentRef ?? null,
        addedBy: user.sub,
      });
      await this.outbox.append(manager, PilotTrainingMaterialAdded, {
        subject: pilotId,
        aggregateId: pilotId,
        data: {
          pilotId,
          sessionId,
          materialId: material.id,
          title: material.title,
          link: optional(material.link),
          documentRef: optional(material.documentRef),
          by: user.sub,
          at: material.addedAt.toISOString(),
        },
      });
      await this.audit(manager, user, 'pilot.training-material-added', material.id, material);
      return material;
    });
  }

  /** A company's training status: the required topics, those its staff attended, and whether it completed them. */
  async status(user: AuthenticatedUser, pilotId: string, taxpayerId: string) {
    await existingPilot(this.dataSource, pilotId);
    const company = await this.officers.company(user, pilotId, taxpayerId, 'read');
    const topics = await topicsOf(this.dataSource, pilotId, taxpayerId);
    const completion = await completionOf(this.dataSource, pilotId, taxpayerId);
    return {
      pilotId,
      taxpayerId,
      region: company.region,
      requiredTopics: topics.required,
      attendedTopics: topics.attended,
      missingTopics: topics.required.filter((topic) => !topics.attended.includes(topic)),
      completed: completion !== undefined,
      completedAt: completion?.completedAt ?? null,
    };
  }

  /** Records and publishes the company's completed training when its staff attended every required topic (once); whether it did now. */
  private async completeIfTrained(
    manager: EntityManager,
    user: AuthenticatedUser,
    pilotId: string,
    taxpayerId: string,
  ) {
    const topics = await topicsOf(manager, pilotId, taxpayerId);
    if (topics.required.length === 0 || topics.required.some((topic) => !topics.attended.includes(topic))) return false;
    const completion = await addCompletion(manager, pilotId, taxpayerId, topics.required);
    if (!completion) return false;
    const [company] = await currentOfficers(manager, pilotId, { taxpayerId });
    await this.outbox.append(manager, PilotTrainingCompleted, {
      subject: pilotId,
      aggregateId: pilotId,
      data: {
        pilotId,
        taxpayerId,
        operatorId: optional(company?.operatorId ?? null),
        region: company!.region,
        topics: completion.topics,
        by: user.sub,
        at: completion.completedAt.toISOString(),
      },
    });
    await this.audit(manager, user, 'pilot.training-completed', `${pilotId}:${taxpayerId}`, completion);
    return true;
  }

  /** The session, 404 when the pilot has none such (or, for an operator user, not one for company staff of its pilot). */
  private async session(user: AuthenticatedUser, pilotId: string, sessionId: string, manager?: EntityManager) {
    const session = await sessionOf(manager ?? this.dataSource, pilotId, sessionId);
    const company = companyOf(user);
    if (!session || (company !== undefined && session.audience !== 'company-staff'))
      throw new NotFoundException(`Pilot ${pilotId} has no training session ${sessionId}`);
    if (company !== undefined) await this.officers.company(user, pilotId, company);
    return session;
  }

  /** Who may see which registration: national staff all, regional staff their region's companies, an operator user its own. */
  private visibleTo(user: AuthenticatedUser): (registration: TrainingRegistration) => boolean {
    const company = companyOf(user);
    if (company !== undefined) return (registration) => registration.taxpayerId === company;
    const region = regionOf(user);
    if (region !== undefined) return (registration) => registration.region === region;
    return () => true;
  }

  /** The company an operator user registers (its own; 403 for another), or the one the policy unit names. */
  private registrant(user: AuthenticatedUser, body: RegistrationRequest): string | undefined {
    const company = companyOf(user);
    if (company !== undefined) {
      if (body.taxpayerId !== undefined && body.taxpayerId !== company)
        throw new ForbiddenException(`Operator users may only register their own company’s staff (${company})`);
      if (body.staffSub !== undefined)
        throw fieldBadRequest('staffSub', 'operator users register their company’s staff only');
      return company;
    }
    if ((body.taxpayerId === undefined) === (body.staffSub === undefined))
      throw fieldBadRequest(
        'taxpayerId',
        'name either the company (taxpayerId) or the customs staff member (staffSub)',
      );
    return body.taxpayerId;
  }

  private async companiesInCharge(user: AuthenticatedUser, pilotId: string): Promise<Set<string>> {
    const companies = await this.officers.companiesOf(pilotId, user.sub);
    return new Set(companies.map((company) => company.taxpayerId));
  }

  /**
   * The pilot, share-locked until the transaction ends, when it is planned or running (409 else):
   * its status and dates are those of the locked row, so a cancellation or a PATCH of the dates
   * waits for this change, or this change sees theirs.
   */
  private async openPilot(manager: EntityManager, pilotId: string, what: string) {
    const pilot = await pilotFrameLocked(manager, pilotId);
    if (!pilot) throw new NotFoundException(`Pilot ${pilotId} does not exist`);
    if (!OPEN_STATUSES.includes(pilot.status))
      throw new ConflictException(`Pilot ${pilot.code} is ${pilot.status}: it ${what}`);
    return pilot;
  }

  private audit(manager: EntityManager, user: AuthenticatedUser, action: string, entityId: string, after: object) {
    return recordAudit(manager, {
      actor: user,
      action,
      entityType: 'pilot-training',
      entityId,
      after,
      correlationId: currentCorrelationId(),
    });
  }
}
