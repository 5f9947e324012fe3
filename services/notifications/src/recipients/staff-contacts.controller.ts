import { Body, Controller, Delete, Get, Param, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { AuthenticatedUser, CurrentUser, REGION_SCOPED_ROLES, ROLES, Roles, userSub } from '@aeo/auth';
import { ApiErrorAnswers, CustomsRegionPipe, Operation, withIsoDates } from '@aeo/service-kit';
import { distinctEnumList, email, language, regionCode, safeText, trimmedVisibleText } from '@aeo/contracts';
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

/** A contact's roles: a list of distinct staff roles (a single role is still given as a list). */
const staffRoles = distinctEnumList(STAFF_ROLES, 'role');

class StaffSubParams extends createZodDto(z.strictObject({ sub: safeText.trim().min(1).max(200) })) {}
/** A contact saved from now on has a sub as OpenID Connect allows it; one saved earlier can still be deleted by its sub. */
class NewStaffSubParams extends createZodDto(z.strictObject({ sub: userSub })) {}
class StaffContactBody extends createZodDto(
  z
    .strictObject({
      name: trimmedVisibleText.min(1).max(200),
      email: email.nullable().default(null),
      language: language.default('mn'),
      roles: staffRoles,
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
      'Who among customs staff is notified, with email, language, roles and region; regional offices see their region’s (another region is 403). `region` must be one of the programme’s (`CUSTOMS_REGIONS`, else 400).',
    answer: [StaffContactDto],
    answered: 'Active and deactivated contacts (see `active`)',
  })
  @ApiErrorAnswers({
    400: 'Invalid filter, or `region` is not a customs region of the programme; the message names the field',
    403: 'Role not allowed, or another region than the regional office’s own',
  })
  async list(
    @CurrentUser() user: AuthenticatedUser,
    @Query(CustomsRegionPipe) query: StaffListQuery,
  ): Promise<StaffContact[]> {
    return (await this.staffContacts.list(user, query.role, query.region)).map(withIsoDates);
  }

  @Put(':sub')
  @Operation({
    summary: 'Save a staff contact',
    description:
      'Creates or replaces the person’s contact (active again if it was deleted); a regional office within its region. `roles` is a list of distinct staff roles; `region`, when given, one of the programme’s (`CUSTOMS_REGIONS`).',
    answer: StaffContactDto,
    answered: 'Saved (created, or replaced and active again)',
  })
  @ApiErrorAnswers({
    400: 'Invalid input (roles not a list of distinct staff roles, region not a customs region of the programme, …); the message names the field',
  })
  async upsert(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: NewStaffSubParams,
    @Body(CustomsRegionPipe) body: StaffContactBody,
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
