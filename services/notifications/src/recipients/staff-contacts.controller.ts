import { Body, Controller, Delete, ForbiddenException, Get, HttpCode, NotFoundException, Param, Put, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { createZodDto } from 'nestjs-zod';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { AuthenticatedUser, CurrentUser, REGION_SCOPED_ROLES, ROLES, Role, Roles, regionOf } from '@aeo/auth';
import { email, language, regionCode, safeText } from '@aeo/contracts';
import { recordAudit } from '@aeo/persistence';
import { STAFF_CONTACT_COLUMNS, StaffContact, StaffContactDto, StaffContactRow, toStaffContact } from './staff-contact.response';

/** Staff roles that receive notifications. */
const STAFF_ROLES = [ROLES.contactOfficer, ROLES.validator, ROLES.regionalOffice, ROLES.executive, ROLES.operations, ROLES.policyUnit, ROLES.mraOfficer] as const;

class StaffSubParams extends createZodDto(z.strictObject({ sub: safeText.trim().min(1).max(200) })) {}
class StaffContactBody extends createZodDto(
  z
    .strictObject({
      name: safeText.trim().min(1).max(200),
      email: email.nullable().default(null),
      language: language.default('mn'),
      roles: z.array(z.enum(STAFF_ROLES)).min(1).max(STAFF_ROLES.length),
      region: regionCode.nullable().default(null),
    })
    .superRefine((body, ctx) => {
      if (body.roles.every((role) => REGION_SCOPED_ROLES.includes(role)) && !body.region) {
        ctx.addIssue({ code: 'custom', path: ['region'], message: 'staff whose roles are all regional must have a region' });
      }
    }),
) {}
class StaffListQuery extends createZodDto(z.strictObject({ role: z.enum(STAFF_ROLES).optional(), region: regionCode.optional() })) {}

/**
 * The staff contact directory: who among customs staff gets which notifications, at which
 * address and in which language. Operations keep it; a regional office keeps its own region's
 * regional staff.
 */
@ApiTags('staff contacts')
@Controller('staff-contacts')
export class StaffContactsController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @Roles(ROLES.operations, ROLES.regionalOffice, ROLES.executive)
  @ApiOkResponse({ type: [StaffContactDto.Output], description: 'Active and deactivated contacts (see `active`)' })
  @ApiOperation({ summary: 'Staff contact directory', description: 'Who among customs staff is notified, with email, language, roles and region; regional offices see their region’s.' })
  async list(@CurrentUser() user: AuthenticatedUser, @Query() query: StaffListQuery): Promise<StaffContact[]> {
    const scope = regionOf(user);
    if (scope && query.region && query.region !== scope) throw new ForbiddenException(`Region ${query.region} is outside your scope (${scope})`);
    const rows: StaffContactRow[] = await this.dataSource.query(
      `SELECT ${STAFF_CONTACT_COLUMNS} FROM staff_contacts
        WHERE ($1::text IS NULL OR $1 = ANY (roles)) AND ($2::text IS NULL OR region = $2) ORDER BY region NULLS FIRST, sub LIMIT 1000`,
      [query.role ?? null, scope ?? query.region ?? null],
    );
    return rows.map(toStaffContact);
  }

  @Put(':sub')
  @Roles(ROLES.operations, ROLES.regionalOffice)
  @ApiOkResponse({ type: StaffContactDto.Output, description: 'Saved (created, or replaced and active again)' })
  @ApiOperation({ summary: 'Save a staff contact', description: 'Creates or replaces the person’s contact (active again if it was deleted); a regional office within its region.' })
  async upsert(@CurrentUser() user: AuthenticatedUser, @Param() params: StaffSubParams, @Body() body: StaffContactBody): Promise<StaffContact> {
    this.assertMayManage(user, body.roles, body.region);
    return this.dataSource.transaction(async (manager) => {
      const [before]: StaffContactRow[] = await manager.query(`SELECT * FROM staff_contacts WHERE sub = $1 FOR UPDATE`, [params.sub]);
      if (before) this.assertMayManage(user, before.roles as Role[], before.region);
      const [row]: StaffContactRow[] = await manager.query(
        `INSERT INTO staff_contacts (sub, name, email, language, roles, region, active, updated_by) VALUES ($1, $2, $3, $4, $5, $6, true, $7)
         ON CONFLICT (sub) DO UPDATE SET name = EXCLUDED.name, email = EXCLUDED.email, language = EXCLUDED.language, roles = EXCLUDED.roles,
           region = EXCLUDED.region, active = true, updated_by = EXCLUDED.updated_by, updated_at = now()
         RETURNING ${STAFF_CONTACT_COLUMNS}`,
        [params.sub, body.name, body.email, body.language, body.roles, body.region, user.sub],
      );
      await recordAudit(manager, { actor: user, action: 'notifications.staff-contact-saved', entityType: 'staff-contact', entityId: params.sub, before: before ?? undefined, after: row });
      return toStaffContact(row);
    });
  }

  /** Stops notifications to this person (kept for the delivery log). */
  @Delete(':sub')
  @HttpCode(204)
  @Roles(ROLES.operations, ROLES.regionalOffice)
  @ApiNoContentResponse({ description: 'Deactivated: listed with `active: false`, no more notifications' })
  @ApiOperation({ summary: 'Delete a staff contact', description: 'Stops notifications to this person (kept for the delivery log).' })
  async deactivate(@CurrentUser() user: AuthenticatedUser, @Param() params: StaffSubParams): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [before]: StaffContactRow[] = await manager.query(`SELECT * FROM staff_contacts WHERE sub = $1 AND active FOR UPDATE`, [params.sub]);
      if (!before) throw new NotFoundException(`No active staff contact ${params.sub}`);
      this.assertMayManage(user, before.roles as Role[], before.region);
      await manager.query(`UPDATE staff_contacts SET active = false, updated_by = $2, updated_at = now() WHERE sub = $1`, [params.sub, user.sub]);
      await recordAudit(manager, { actor: user, action: 'notifications.staff-contact-deactivated', entityType: 'staff-contact', entityId: params.sub, before });
    });
  }

  private assertMayManage(user: AuthenticatedUser, roles: readonly Role[], region: string | null): void {
    if (user.roles.includes(ROLES.operations)) return;
    const scope = regionOf(user) ?? user.region;
    if (!scope || region !== scope || roles.some((role) => !REGION_SCOPED_ROLES.includes(role))) {
      throw new ForbiddenException(`A regional office manages only regional staff (contact officers, validators, regional office) of its own region${scope ? ` (${scope})` : ''}`);
    }
  }
}
