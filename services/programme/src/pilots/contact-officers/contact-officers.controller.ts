import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, ROLES, Roles } from '@aeo/auth';
import {
  ApiErrorAnswers,
  CustomsRegionPipe,
  Operation,
  NoQuery,
  NoQueryParams,
  TaxpayerIdPipe,
} from '@aeo/service-kit';
import {
  CompanyOfficerDto,
  companyOfficerAsSeenBy,
  officerAssignmentAsSeenBy,
  OfficerAssignmentResponseDto,
  PilotCompanyPageDto,
} from './contact-officers.response';
import {
  OfficerAssignmentDto,
  OfficersQueryDto,
  PilotCompaniesQueryDto,
  PilotCompanyParams,
  PilotParams,
} from './contact-officers.schemas';
import { ContactOfficersService } from './contact-officers.service';

const READERS = [ROLES.policyUnit, ROLES.executive, ROLES.regionalOffice, ROLES.contactOfficer, ROLES.operatorUser];

/**
 * The contact officer of each pilot company: assigned and reassigned by the policy unit (the
 * officer must work in the company's region), with every assignment kept. Regional staff read
 * their region's companies; an operator user reads its own company's officer.
 */
@ApiTags('pilots')
@Controller('pilots/:pilotId')
@Roles(...READERS)
export class ContactOfficersController {
  constructor(private readonly officers: ContactOfficersService) {}

  @Get('contact-officers')
  @Operation({
    roles: READERS,
    summary: 'The contact officers of a pilot’s companies',
    description:
      'The officer in charge of each company of the pilot, by taxpayer id; region narrows the list. Regional staff see their region’s companies (another region is 403), an operator user its own company’s while the applications service has it linked to the company (none otherwise), without who assigned the officer (assignedBy null).',
    answer: [OfficerAssignmentResponseDto],
  })
  @ApiErrorAnswers({ 403: 'Another region than the caller’s own', 404: 'No such pilot' })
  async list(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: PilotParams,
    @Query(CustomsRegionPipe) query: OfficersQueryDto,
  ) {
    return (await this.officers.list(user, params.pilotId, query.region)).map((assignment) =>
      officerAssignmentAsSeenBy(user, assignment),
    );
  }

  @Get('companies/:taxpayerId/contact-officer')
  @Operation({
    roles: READERS,
    summary: 'A pilot company’s contact officer, with its history',
    description:
      'The officer in charge and every assignment before (who assigned whom, when and why), newest first. Regional staff read their region’s companies, an operator user its own company while the applications service has it linked to the company, without who assigned (assignedBy null).',
    answer: CompanyOfficerDto,
  })
  @ApiErrorAnswers({
    403: 'A company of another region (regional staff)',
    404: 'No such pilot, or the company has no contact officer in it, or another company or one the operator user is not linked to',
  })
  async get(
    @CurrentUser() user: AuthenticatedUser,
    @Param(TaxpayerIdPipe('taxpayerId')) params: PilotCompanyParams,
    @Query(NoQuery) _query: NoQueryParams,
  ) {
    return companyOfficerAsSeenBy(user, await this.officers.get(user, params.pilotId, params.taxpayerId));
  }

  @Put('companies/:taxpayerId/contact-officer')
  @Operation({
    roles: [ROLES.policyUnit],
    summary: 'Assign or reassign a pilot company’s contact officer',
    description:
      'For a company that accepted to take part (the selection’s participant list, which gives its region and operator id: 404 naming taxpayerId when it is not in it, 409 when it has not accepted). The officer (a contact officer of the staff contact directory, officerSub) must work in the company’s region (officerRegion, else 400 naming it). Every assignment is kept with who, when and why (reason). Audited; published as aeo.programme-pilot.contact-officer-assigned.v1, after which the notifications service sends the company’s events routed to contact officers to this officer (when the staff contact directory has them as an active contact officer of the region) and tells the officer and the company. 409 when the pilot is ended, closed or cancelled, or when the officer is in charge already.',
    answer: CompanyOfficerDto,
    humanStep: true,
  })
  @ApiErrorAnswers({ 404: 'No such pilot, or the company is not in its participant list' })
  assign(
    @CurrentUser() user: AuthenticatedUser,
    @Param(TaxpayerIdPipe('taxpayerId')) params: PilotCompanyParams,
    @Body() body: OfficerAssignmentDto,
  ) {
    return this.officers.assign(user, params.pilotId, params.taxpayerId, body);
  }
}

const COMPANY_READERS = [ROLES.policyUnit, ROLES.executive, ROLES.regionalOffice, ROLES.contactOfficer];

/** The companies taking part in the pilots with their officers, across pilots: a contact officer's own companies. */
@ApiTags('pilots')
@Controller('pilot-companies')
@Roles(...COMPANY_READERS)
export class PilotCompaniesController {
  constructor(private readonly officers: ContactOfficersService) {}

  @Get()
  @Operation({
    roles: COMPANY_READERS,
    summary: 'The pilot companies and their contact officers, a page at a time',
    description:
      'Every company taking part in a pilot (accepted, not withdrawn) with the officer in charge of it (officer fields null while it has none: officers are assigned by hand) and the pilot’s code, title and status; contactOfficer (a token subject, or me for the caller) gives an officer’s own companies, contactOfficer=none the companies without an officer, pilotId and region narrow the list; paged (`page`, `pageSize`, `total`) and sorted on the server (`assignedAt`, the default, latest first, the companies without an officer before them; `taxpayerId`; `pilotCode`). Regional staff see their region’s companies (another region is 403).',
    answer: PilotCompanyPageDto,
    answered: 'A page of the companies with the total',
  })
  @ApiErrorAnswers({
    400: 'Invalid filter, page, page size, sort or order, or `region` is not a customs region of the programme; the message names the parameter',
    403: 'Another region than the caller’s own',
  })
  list(@CurrentUser() user: AuthenticatedUser, @Query(CustomsRegionPipe) query: PilotCompaniesQueryDto) {
    return this.officers.companies(user, query);
  }
}
