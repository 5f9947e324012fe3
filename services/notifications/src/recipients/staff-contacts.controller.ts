import { Body, Controller, Delete, Get, Param, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { AuthenticatedUser, CurrentUser, REGION_SCOPED_ROLES, ROLES, Roles } from '@aeo/auth';
import { Operation } from '@aeo/service-kit';
import { email, language, regionCode, safeText } from '@aeo/contracts';
import { withIsoDates } from '../iso-dates';
import { StaffContact, StaffContactDto } from './staff-contact.response';
import { StaffContactsService } from './staff-contacts.service';

/** Staff roles that receive notifications. */
const STAFF_ROLES = [
  ROLES.contactOfficer,
  ROLES.validator,
  ROLES.regionalOffice,
  ROLES.executive,
  ROLES.operations,
  ROLES.policyUnit,
  ROLES.mraOfficer,
] as const;

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
        ctx.addIssue({
          code: 'custom',
          path: ['region'],
          message: 'staff whose roles are all regional must have a region',
        });
      }
    }),
) {}
class StaffListQuery extends createZodDto(
  z.strictObject({ role: z.enum(STAFF_ROLES).optional(), region: regionCode.optional() }),
) {}

/**
 * The staff contact directory: who among customs staff gets which notifications, at which
 * address and in which language. Operations keep it; a regional office keeps its own region's
 * regional staff.
 */
@ApiTags('staff contacts')
@Controller('staff-contacts')
@Roles(ROLES.operations, ROLES.regionalOffice)
export class StaffContactsController {
  constructor(private readonly staffContacts: StaffContactsService) {}

  @Get()
  @Operation({
    roles: [ROLES.operations, ROLES.regionalOffice, ROLES.executive],
    summary: 'Staff contact directory',
    description:
      'Who among customs staff is notified, with email, language, roles and region; regional offices see their region’s.',
    answer: [StaffContactDto],
    answered: 'Active and deactivated contacts (see `active`)',
  })
  async list(@CurrentUser() user: AuthenticatedUser, @Query() query: StaffListQuery): Promise<StaffContact[]> {
    return (await this.staffContacts.list(user, query.role, query.region)).map(withIsoDates);
  }

  @Put(':sub')
  @Operation({
    summary: 'Save a staff contact',
    description:
      'Creates or replaces the person’s contact (active again if it was deleted); a regional office within its region.',
    answer: StaffContactDto,
    answered: 'Saved (created, or replaced and active again)',
  })
  async upsert(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: StaffSubParams,
    @Body() body: StaffContactBody,
  ): Promise<StaffContact> {
    return withIsoDates(await this.staffContacts.save(user, params.sub, body));
  }

  /** Stops notifications to this person (kept for the delivery log). */
  @Delete(':sub')
  @Operation({
    summary: 'Delete a staff contact',
    description: 'Stops notifications to this person (kept for the delivery log).',
    status: 204,
    answered: 'Deactivated: listed with `active: false`, no more notifications',
  })
  async deactivate(@CurrentUser() user: AuthenticatedUser, @Param() params: StaffSubParams): Promise<void> {
    await this.staffContacts.deactivate(user, params.sub);
  }
}
