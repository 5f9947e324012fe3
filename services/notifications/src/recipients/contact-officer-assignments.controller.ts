import { Body, Controller, Delete, Get, Param, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { AuthenticatedUser, CurrentUser, ROLES, Roles, userSub } from '@aeo/auth';
import { ApiErrorAnswers, CustomsRegionPipe, Operation, withIsoDates } from '@aeo/service-kit';
import { regionCode, safeText } from '@aeo/contracts';
import { ContactOfficerAssignment, ContactOfficerAssignmentDto } from './contact-officer-assignment.response';
import { ContactOfficerAssignmentsService } from './contact-officer-assignments.service';

class TaxpayerParams extends createZodDto(z.strictObject({ taxpayerId: safeText.trim().min(1).max(64) })) {}
class AssignmentBody extends createZodDto(z.strictObject({ officerSub: userSub })) {}
class AssignmentQuery extends createZodDto(
  z.strictObject({
    region: regionCode
      .optional()
      .describe('Only the operators of this region, one of the programme’s (`CUSTOMS_REGIONS`, else 400)'),
  }),
) {}

/**
 * Which contact officer looks after which operator: the one customs person who hears of its
 * reminders and decisions (without an assignment, the region's contact officers do). The
 * officer must be in the staff contact directory; a regional office assigns within its region.
 */
@ApiTags('staff contacts')
@Controller('operator-contact-officers')
@Roles(ROLES.operations, ROLES.regionalOffice)
export class ContactOfficerAssignmentsController {
  constructor(private readonly assignments: ContactOfficerAssignmentsService) {}

  @Get()
  @Operation({
    roles: [ROLES.operations, ROLES.regionalOffice, ROLES.executive, ROLES.contactOfficer],
    summary: 'Contact-officer assignments',
    description:
      'Which contact officer looks after which operator (within the caller’s region for regional staff; another region is 403). `region` must be one of the programme’s (`CUSTOMS_REGIONS`, else 400).',
    answer: [ContactOfficerAssignmentDto],
  })
  @ApiErrorAnswers({
    400: 'Invalid filter, or `region` is not a customs region of the programme; the message names the field',
    403: 'Role not allowed, or another region than the regional staff’s own',
  })
  async list(
    @CurrentUser() user: AuthenticatedUser,
    @Query(CustomsRegionPipe) query: AssignmentQuery,
  ): Promise<ContactOfficerAssignment[]> {
    return (await this.assignments.list(user, query.region)).map(withIsoDates);
  }

  @Put(':taxpayerId')
  @Operation({
    summary: 'Assign an operator’s contact officer',
    description:
      'The officer must be an active contact officer of the operator’s region in the staff directory; 404 for an operator not known here yet.',
    answer: ContactOfficerAssignmentDto,
  })
  async assign(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: TaxpayerParams,
    @Body() body: AssignmentBody,
  ): Promise<ContactOfficerAssignment> {
    return withIsoDates(await this.assignments.assign(user, params.taxpayerId, body.officerSub));
  }

  @Delete(':taxpayerId')
  @Operation({
    summary: 'Remove an operator’s contact officer',
    description: 'The region’s contact officers hear of its events again.',
    status: 204,
    answered: "Unassigned: the region's contact officers hear of the operator again",
  })
  async unassign(@CurrentUser() user: AuthenticatedUser, @Param() params: TaxpayerParams): Promise<void> {
    await this.assignments.unassign(user, params.taxpayerId);
  }
}
