import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthenticatedUser, REGION_SCOPED_ROLES, ROLES, Role, regionFilterOf, regionOf } from '@aeo/auth';
import type { Language } from '@aeo/contracts';
import { recordRowChange } from '../audit-row';
import {
  deactivateStaffContact,
  listStaffContacts,
  lockStaffContact,
  saveStaffContact,
  StaffContactRecord,
} from './recipients.repository';

/** A staff contact as saved through the API. */
export interface StaffContactInput {
  name: string;
  email: string | null;
  language: Language;
  roles: Role[];
  region: string | null;
}

/**
 * The staff contact directory: who among customs staff gets which notifications, at which
 * address and in which language. Operations keep it; a regional office keeps its own region's
 * regional staff.
 */
@Injectable()
export class StaffContactsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(user: AuthenticatedUser, role: string | undefined, region: string | undefined): Promise<StaffContactRecord[]> {
    return listStaffContacts(this.dataSource, role ?? null, regionFilterOf(user, region) ?? null);
  }

  /** Creates or replaces the person's contact (active again if it was deleted). */
  async save(user: AuthenticatedUser, sub: string, contact: StaffContactInput): Promise<StaffContactRecord> {
    this.assertMayManage(user, contact.roles, contact.region);
    return this.dataSource.transaction(async (manager) => {
      const before = await lockStaffContact(manager, sub, { activeOnly: false });
      if (before) this.assertMayManage(user, before.roles as Role[], before.region);
      const saved = await saveStaffContact(manager, { sub, ...contact, updatedBy: user.sub });
      await recordRowChange(manager, {
        actor: user,
        action: 'notifications.staff-contact-saved',
        entityType: 'staff-contact',
        entityId: sub,
        before,
        after: saved,
      });
      return saved;
    });
  }

  /** Stops notifications to this person (kept for the delivery log). */
  async deactivate(user: AuthenticatedUser, sub: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const before = await lockStaffContact(manager, sub, { activeOnly: true });
      if (!before) throw new NotFoundException(`No active staff contact ${sub}`);
      this.assertMayManage(user, before.roles as Role[], before.region);
      await deactivateStaffContact(manager, sub, user.sub);
      await recordRowChange(manager, {
        actor: user,
        action: 'notifications.staff-contact-deactivated',
        entityType: 'staff-contact',
        entityId: sub,
        before,
      });
    });
  }

  private assertMayManage(user: AuthenticatedUser, roles: readonly Role[], region: string | null): void {
    if (user.roles.includes(ROLES.operations)) return;
    const scope = regionOf(user) ?? user.region;
    if (!scope || region !== scope || roles.some((role) => !REGION_SCOPED_ROLES.includes(role))) {
      throw new ForbiddenException(
        `A regional office manages only regional staff (contact officers, validators, regional office) of its own region${scope ? ` (${scope})` : ''}`,
      );
    }
  }
}
