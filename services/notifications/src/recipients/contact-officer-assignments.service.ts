import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthenticatedUser, ROLES, regionFilterOf, regionOf } from '@aeo/auth';
import { fieldBadRequest } from '@aeo/service-kit';
import { recordRowChange } from '../audit-row';
import {
  ContactOfficerAssignmentRecord,
  deleteContactOfficerAssignment,
  findOperatorRegion,
  findStaffContact,
  listContactOfficerAssignments,
  lockContactOfficerAssignment,
  saveContactOfficerAssignment,
} from './recipients.repository';

/**
 * Which contact officer looks after which operator: the one customs person who hears of its
 * reminders and decisions (without an assignment, the region's contact officers do). The
 * officer must be in the staff contact directory; a regional office assigns within its region.
 */
@Injectable()
export class ContactOfficerAssignmentsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(user: AuthenticatedUser, region: string | undefined): Promise<ContactOfficerAssignmentRecord[]> {
    return listContactOfficerAssignments(this.dataSource, regionFilterOf(user, region) ?? null);
  }

  async assign(
    user: AuthenticatedUser,
    taxpayerId: string,
    officerSub: string,
  ): Promise<ContactOfficerAssignmentRecord> {
    return this.dataSource.transaction(async (manager) => {
      const officer = await findStaffContact(manager, officerSub);
      if (!officer?.active || !officer.roles.includes(ROLES.contactOfficer)) {
        throw fieldBadRequest(
          'officerSub',
          `${officerSub} is not an active contact officer in the staff contact directory`,
        );
      }
      const operatorRegion = await findOperatorRegion(manager, taxpayerId);
      if (operatorRegion === undefined)
        throw new NotFoundException(`Operator ${taxpayerId} is not known here yet (it is learnt from its application)`);
      this.assertScope(user, operatorRegion);
      if (officer.region && officer.region !== operatorRegion) {
        throw fieldBadRequest(
          'officerSub',
          `${officerSub} works in ${officer.region}, the operator is in ${operatorRegion}`,
        );
      }
      const before = await lockContactOfficerAssignment(manager, taxpayerId);
      await saveContactOfficerAssignment(manager, taxpayerId, officerSub, user.sub);
      const after = (await lockContactOfficerAssignment(manager, taxpayerId))!;
      await recordRowChange(manager, {
        actor: user,
        action: 'notifications.contact-officer-assigned',
        entityType: 'operator',
        entityId: taxpayerId,
        before,
        after,
      });
      return after;
    });
  }

  /** The region's contact officers hear of the operator again. */
  async unassign(user: AuthenticatedUser, taxpayerId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const before = await lockContactOfficerAssignment(manager, taxpayerId);
      if (!before) throw new NotFoundException(`No contact officer is assigned to ${taxpayerId}`);
      this.assertScope(user, (await findOperatorRegion(manager, taxpayerId)) ?? before.region);
      await deleteContactOfficerAssignment(manager, taxpayerId);
      await recordRowChange(manager, {
        actor: user,
        action: 'notifications.contact-officer-unassigned',
        entityType: 'operator',
        entityId: taxpayerId,
        before,
      });
    });
  }

  private assertScope(user: AuthenticatedUser, region: string | null): void {
    if (user.roles.includes(ROLES.operations)) return;
    const scope = regionOf(user) ?? user.region;
    if (!scope || region !== scope)
      throw new ForbiddenException(`Region ${region ?? 'unknown'} is outside your scope (${scope ?? 'none'})`);
  }
}
