import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Language } from '@aeo/contracts';
import { recordRowChange } from '../audit-row';
import { type Audience, regionOfEvent } from '../routing/routes';
import {
  findActiveStaff,
  findAssignedContactOfficer,
  findOperatorContact,
  findStaffContact,
  findValidatorOfCase,
  listActiveStaff,
  lockContactOfficerAssignment,
  lockPilotCompany,
  markPilotParticipantWithdrawn,
  pilotCompanyAddresses,
  pilotOfficerAddresses,
  deleteContactOfficerAssignment,
  restoreContactOfficerAssignment,
  saveContactOfficerAssignment,
  saveOperatorContact,
  savePilotContactOfficer,
  savePilotParticipant,
  saveValidatorOfCase,
  type OperatorContact,
} from './recipients.repository';

/** Someone a notification is for: an in-app mailbox and/or an email address. */
export interface Recipient {
  audience: Audience;
  /** `operator:<taxpayer id>` or `staff:<sub>`; null when the person has no inbox here. */
  mailbox: string | null;
  email: string | null;
  language: Language;
}

const STAFF_ROLE_OF: Partial<Record<Audience, string>> = {
  'contact-officers': 'contact-officer',
  'regional-office': 'regional-office',
  executives: 'executive',
  'mra-officers': 'mra-officer',
  'policy-unit': 'policy-unit',
  operations: 'operations',
};
/** Audiences served by the staff of the operator's region; the others are national. */
const REGIONAL: ReadonlySet<Audience> = new Set(['contact-officers', 'regional-office']);

type EventData = Record<string, unknown>;
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length > 0 ? value : undefined;

/**
 * Who to tell: operator contacts (from application submissions and operator updates), staff (the staff contact
 * directory) and the validator assigned to each validation case (from validation events).
 */
@Injectable()
export class RecipientDirectory {
  /** Learns from an event what later routing needs. Runs in the consumer's transaction. */
  async observe(manager: EntityManager, eventType: string, data: EventData): Promise<void> {
    if (eventType === 'aeo.application.submitted.v1') {
      await saveOperatorContact(manager, data['operatorId'] as string, {
        taxpayerId: data['taxpayerId'] as string,
        email: data['contactEmail'] as string,
        language: data['contactLanguage'] as Language,
        region: data['region'] as string,
        operatorName: data['operatorName'] as string | undefined,
      });
    }
    // The company's data changed (PATCH /v1/operators/{id}): its messages go to the new contact from now on.
    const contact = data['contact'] as EventData | undefined;
    if (eventType === 'aeo.operator.updated.v1' && contact && text(contact['email']))
      await saveOperatorContact(manager, data['operatorId'] as string, {
        taxpayerId: data['taxpayerId'] as string,
        email: contact['email'] as string,
        language: contact['language'] as Language,
        region: data['region'] as string,
        operatorName: undefined,
      });
    const validator = text(data['assignedValidator']);
    if (eventType === 'aeo.validation.opened.v1' && validator)
      await saveValidatorOfCase(manager, data['caseId'] as string, validator);
    if (eventType === 'aeo.programme.pilot.participant-accepted.v1')
      await savePilotParticipant(manager, {
        pilotId: data['pilotId'] as string,
        taxpayerId: data['taxpayerId'] as string,
        region: data['region'] as string,
      });
    if (eventType === 'aeo.programme-pilot.contact-officer-assigned.v1') await this.pilotOfficerAssigned(manager, data);
    if (eventType === 'aeo.programme.pilot.participant-withdrawn.v1') await this.pilotCompanyWithdrawn(manager, data);
  }

  /**
   * A pilot company's contact officer (programme service) becomes the operator's own contact officer,
   * as a regional office's assignment does, when the directory has them as an active contact officer
   * of the company's region (or national); otherwise the region's contact officers go on hearing of
   * the company, and the audit trail says why the assignment was not taken.
   */
  private async pilotOfficerAssigned(manager: EntityManager, data: EventData): Promise<void> {
    const taxpayerId = data['taxpayerId'] as string;
    const officerSub = data['officerSub'] as string;
    const actor = { sub: data['by'] as string, roles: ['policy-unit'] };
    const officer = await findStaffContact(manager, officerSub);
    const fits =
      officer?.active &&
      officer.roles.includes('contact-officer') &&
      (!officer.region || officer.region === data['region']);
    if (!fits) {
      await recordRowChange(manager, {
        actor,
        action: 'notifications.pilot-contact-officer-not-taken',
        entityType: 'operator',
        entityId: taxpayerId,
        reason: `${officerSub} is not an active contact officer of ${String(data['region'])} in the staff contact directory`,
      });
      return;
    }
    const before = await lockContactOfficerAssignment(manager, taxpayerId);
    await lockPilotCompany(manager, data['pilotId'] as string, taxpayerId);
    await savePilotContactOfficer(
      manager,
      { pilotId: data['pilotId'] as string, taxpayerId, region: data['region'] as string, officerSub },
      before,
    );
    await saveContactOfficerAssignment(manager, taxpayerId, officerSub, actor.sub);
    await recordRowChange(manager, {
      actor,
      action: 'notifications.contact-officer-assigned',
      entityType: 'operator',
      entityId: taxpayerId,
      before,
      after: await lockContactOfficerAssignment(manager, taxpayerId),
      reason: `pilot ${String(data['pilotId'])}: ${String(data['reason'])}`,
    });
  }

  /**
   * A company withdrawn from a pilot no longer takes part (its training sessions no longer reach it)
   * and gets back the operator's own contact officer it had before the pilot's (none: the region's
   * contact officers hear of it again), unless someone assigned another since the pilot's: that one
   * is kept. Audited either way.
   */
  private async pilotCompanyWithdrawn(manager: EntityManager, data: EventData): Promise<void> {
    const pilotId = data['pilotId'] as string;
    const taxpayerId = data['taxpayerId'] as string;
    const company = await lockPilotCompany(manager, pilotId, taxpayerId);
    await markPilotParticipantWithdrawn(manager, pilotId, taxpayerId, data['withdrawnAt'] as string);
    if (!company?.pilotOfficerSub) return;
    const actor = { sub: data['by'] as string, roles: ['policy-unit'] };
    const reason = `pilot ${pilotId}: the company was withdrawn (${String(data['reason'])})`;
    const before = await lockContactOfficerAssignment(manager, taxpayerId);
    if (before?.officerSub !== company.pilotOfficerSub) {
      await recordRowChange(manager, {
        actor,
        action: 'notifications.pilot-contact-officer-kept',
        entityType: 'operator',
        entityId: taxpayerId,
        before,
        after: before,
        reason: `${reason}; the contact officer assigned after the pilot’s (${company.pilotOfficerSub}) stays`,
      });
      return;
    }
    if (company.hadPrevious && company.previousOfficerSub)
      await restoreContactOfficerAssignment(manager, {
        taxpayerId,
        officerSub: company.previousOfficerSub,
        assignedBy: company.previousAssignedBy!,
        assignedAt: company.previousAssignedAt!,
      });
    else await deleteContactOfficerAssignment(manager, taxpayerId);
    await recordRowChange(manager, {
      actor,
      action: 'notifications.pilot-contact-officer-restored',
      entityType: 'operator',
      entityId: taxpayerId,
      before,
      after: await lockContactOfficerAssignment(manager, taxpayerId),
      reason,
    });
  }

  async operatorOf(manager: EntityManager, data: EventData): Promise<OperatorContact | undefined> {
    const operatorId = text(data['operatorId']);
    const taxpayerId = text(data['taxpayerId']);
    if (!operatorId && !taxpayerId) return undefined;
    return findOperatorContact(manager, operatorId ?? null, taxpayerId ?? null);
  }

  async resolve(
    manager: EntityManager,
    audience: Audience,
    data: EventData,
    operator: OperatorContact | undefined,
  ): Promise<Recipient[]> {
    if (audience === 'operator') {
      const taxpayerId = text(data['taxpayerId']) ?? operator?.taxpayerId;
      if (!taxpayerId) return [];
      return [
        {
          audience,
          mailbox: `operator:${taxpayerId}`,
          email: operator?.email ?? null,
          language: operator?.language ?? 'mn',
        },
      ];
    }
    if (audience === 'assigned-validator') {
      const sub =
        text(data['assignedValidator']) ??
        text(data['validator']) ??
        (await this.caseValidator(manager, text(data['caseId'])));
      if (!sub) return [];
      const staff = await findActiveStaff(manager, sub);
      return [{ audience, mailbox: `staff:${sub}`, email: staff?.email ?? null, language: staff?.language ?? 'mn' }];
    }
    if (audience === 'milestone-owner') return this.milestoneOwner(manager, data);
    if (audience === 'invitee') {
      const email = text(data['email']);
      return email ? [{ audience, mailbox: null, email, language: data['language'] === 'en' ? 'en' : 'mn' }] : [];
    }
    if (audience === 'pilot-companies')
      return (await pilotCompanyAddresses(manager, data['pilotId'] as string)).map((company) => ({
        audience,
        mailbox: `operator:${company.taxpayerId}`,
        email: company.email,
        language: company.language,
      }));
    if (audience === 'pilot-contact-officers')
      return (await pilotOfficerAddresses(manager, data['pilotId'] as string, text(data['taxpayerId']) ?? null)).map(
        (officer) => ({ audience, mailbox: `staff:${officer.sub}`, email: officer.email, language: officer.language }),
      );
    if (audience === 'contact-officers') {
      const assigned = await this.assignedContactOfficer(
        manager,
        text(data['taxpayerId']) ?? operator?.taxpayerId,
        text(data['region']) ?? operator?.region,
      );
      if (assigned)
        return [{ audience, mailbox: `staff:${assigned.sub}`, email: assigned.email, language: assigned.language }];
    }
    const role = STAFF_ROLE_OF[audience];
    if (!role) return [];
    const region = regionOfEvent(data) ?? operator?.region;
    if (REGIONAL.has(audience) && !region) return [];
    const staff = await listActiveStaff(manager, role, REGIONAL.has(audience) ? (region ?? null) : null);
    return staff.map((person) => ({
      audience,
      mailbox: `staff:${person.sub}`,
      email: person.email,
      language: person.language,
    }));
  }

  /** The operator's own contact officer, when one is assigned and still active. */
  private async assignedContactOfficer(
    manager: EntityManager,
    taxpayerId: string | undefined,
    region: string | undefined,
  ) {
    if (!taxpayerId || !region) return undefined;
    return findAssignedContactOfficer(manager, taxpayerId, region);
  }

  /** A pilot milestone's owner: a staff member by token subject (the directory's address), or an email address. */
  private async milestoneOwner(manager: EntityManager, data: EventData): Promise<Recipient[]> {
    const owner = text((data['milestone'] as EventData | undefined)?.['owner']);
    if (!owner) return [];
    if (owner.includes('@')) return [{ audience: 'milestone-owner', mailbox: null, email: owner, language: 'mn' }];
    const staff = await findActiveStaff(manager, owner);
    return [
      {
        audience: 'milestone-owner',
        mailbox: `staff:${owner}`,
        email: staff?.email ?? null,
        language: staff?.language ?? 'mn',
      },
    ];
  }

  private async caseValidator(manager: EntityManager, caseId: string | undefined): Promise<string | undefined> {
    if (!caseId) return undefined;
    return findValidatorOfCase(manager, caseId);
  }
}
