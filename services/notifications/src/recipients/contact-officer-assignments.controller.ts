import { BadRequestException, Body, Controller, Delete, ForbiddenException, Get, HttpCode, NotFoundException, Param, Put, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { createZodDto } from 'nestjs-zod';
import { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { AuthenticatedUser, CurrentUser, ROLES, Roles, regionOf } from '@aeo/auth';
import { regionCode, safeText } from '@aeo/contracts';
import { recordAudit } from '@aeo/persistence';
import {
  CONTACT_OFFICER_ASSIGNMENT_SELECT,
  ContactOfficerAssignment,
  ContactOfficerAssignmentDto,
  ContactOfficerAssignmentRow,
  toContactOfficerAssignment,
} from './contact-officer-assignment.response';

class TaxpayerParams extends createZodDto(z.strictObject({ taxpayerId: safeText.trim().min(1).max(64) })) {}
class AssignmentBody extends createZodDto(z.strictObject({ officerSub: safeText.trim().min(1).max(200) })) {}
class AssignmentQuery extends createZodDto(z.strictObject({ region: regionCode.optional() })) {}

/**
 * Which contact officer looks after which operator: the one customs person who hears of its
 * reminders and decisions (without an assignment, the region's contact officers do). The
 * officer must be in the staff contact directory; a regional office assigns within its region.
 */
@ApiTags('staff contacts')
@Controller('operator-contact-officers')
export class ContactOfficerAssignmentsController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @Roles(ROLES.operations, ROLES.regionalOffice, ROLES.executive, ROLES.contactOfficer)
  @ApiOkResponse({ type: [ContactOfficerAssignmentDto.Output] })
  @ApiOperation({ summary: 'Contact-officer assignments', description: 'Which contact officer looks after which operator (within the caller’s region for regional staff).' })
  async list(@CurrentUser() user: AuthenticatedUser, @Query() query: AssignmentQuery): Promise<ContactOfficerAssignment[]> {
    const region = regionOf(user) ?? query.region ?? null;
    const rows: ContactOfficerAssignmentRow[] = await this.dataSource.query(`${CONTACT_OFFICER_ASSIGNMENT_SELECT} WHERE $1::text IS NULL OR s.region = $1 ORDER BY a.taxpayer_id LIMIT 5000`, [region]);
    return rows.map(toContactOfficerAssignment);
  }

  @Put(':taxpayerId')
  @Roles(ROLES.operations, ROLES.regionalOffice)
  @ApiOkResponse({ type: ContactOfficerAssignmentDto.Output })
  @ApiOperation({ summary: 'Assign an operator’s contact officer', description: 'The officer must be an active contact officer of the operator’s region in the staff directory; 404 for an operator not known here yet.' })
  async assign(@CurrentUser() user: AuthenticatedUser, @Param() params: TaxpayerParams, @Body() body: AssignmentBody): Promise<ContactOfficerAssignment> {
    return this.dataSource.transaction(async (manager) => {
      const [officer]: Array<{ sub: string; region: string | null; roles: string[]; active: boolean }> = await manager.query(`SELECT sub, region, roles, active FROM staff_contacts WHERE sub = $1`, [body.officerSub]);
      if (!officer?.active || !officer.roles.includes(ROLES.contactOfficer)) {
        throw new BadRequestException(`officerSub: ${body.officerSub} is not an active contact officer in the staff contact directory`);
      }
      const [operator]: Array<{ region: string }> = await manager.query(`SELECT region FROM operator_recipients WHERE taxpayer_id = $1 ORDER BY updated_at DESC LIMIT 1`, [params.taxpayerId]);
      if (!operator) throw new NotFoundException(`Operator ${params.taxpayerId} is not known here yet (it is learnt from its application)`);
      this.assertScope(user, operator.region);
      if (officer.region && officer.region !== operator.region) {
        throw new BadRequestException(`officerSub: ${body.officerSub} works in ${officer.region}, the operator is in ${operator.region}`);
      }
      const before = await this.find(manager, params.taxpayerId);
      await manager.query(
        `INSERT INTO operator_contact_officers (taxpayer_id, officer_sub, assigned_by) VALUES ($1, $2, $3)
         ON CONFLICT (taxpayer_id) DO UPDATE SET officer_sub = EXCLUDED.officer_sub, assigned_by = EXCLUDED.assigned_by, assigned_at = now()`,
        [params.taxpayerId, body.officerSub, user.sub],
      );
      const after = (await this.find(manager, params.taxpayerId))!;
      await recordAudit(manager, { actor: user, action: 'notifications.contact-officer-assigned', entityType: 'operator', entityId: params.taxpayerId, before, after });
      return toContactOfficerAssignment(after);
    });
  }

  @Delete(':taxpayerId')
  @HttpCode(204)
  @Roles(ROLES.operations, ROLES.regionalOffice)
  @ApiNoContentResponse({ description: "Unassigned: the region's contact officers hear of the operator again" })
  @ApiOperation({ summary: 'Remove an operator’s contact officer', description: 'The region’s contact officers hear of its events again.' })
  async unassign(@CurrentUser() user: AuthenticatedUser, @Param() params: TaxpayerParams): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.find(manager, params.taxpayerId);
      if (!before) throw new NotFoundException(`No contact officer is assigned to ${params.taxpayerId}`);
      const [operator]: Array<{ region: string }> = await manager.query(`SELECT region FROM operator_recipients WHERE taxpayer_id = $1 ORDER BY updated_at DESC LIMIT 1`, [params.taxpayerId]);
      this.assertScope(user, operator?.region ?? before.region);
      await manager.query(`DELETE FROM operator_contact_officers WHERE taxpayer_id = $1`, [params.taxpayerId]);
      await recordAudit(manager, { actor: user, action: 'notifications.contact-officer-unassigned', entityType: 'operator', entityId: params.taxpayerId, before });
    });
  }

  private async find(manager: EntityManager, taxpayerId: string): Promise<ContactOfficerAssignmentRow | undefined> {
    const [row]: ContactOfficerAssignmentRow[] = await manager.query(`${CONTACT_OFFICER_ASSIGNMENT_SELECT} WHERE a.taxpayer_id = $1 FOR UPDATE OF a`, [taxpayerId]);
    return row;
  }

  private assertScope(user: AuthenticatedUser, region: string | null): void {
    if (user.roles.includes(ROLES.operations)) return;
    const scope = regionOf(user) ?? user.region;
    if (!scope || region !== scope) throw new ForbiddenException(`Region ${region ?? 'unknown'} is outside your scope (${scope ?? 'none'})`);
  }
}
