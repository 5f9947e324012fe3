import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CASE_READERS, CurrentUser, ROLES, Roles } from '@aeo/auth';
import { ApiErrorAnswers, CustomsRegionPipe, Operation, NoQuery, NoQueryParams } from '@aeo/service-kit';
import { AuthorisationNumberParams, ListAuthorisationsQuery, PublicationDto } from './register.schemas';
import { AuthorisationDto, AuthorisationWithHistoryDto, PublicationAnswerDto } from './register.response';
import { RegisterService } from './register.service';

/** The AEO register for customs (region-scoped) and holders (their own authorisations). */
@ApiTags('register')
@Controller('authorisations')
// Case readers read (each limited to its company or region); each write names who may take it.
@Roles(...CASE_READERS)
export class AuthorisationsController {
  constructor(private readonly register: RegisterService) {}

  @Get()
  @Operation({
    summary: 'List authorisations',
    description:
      'The AEO register as the caller may see it: its region (regional staff; another region is 403), its own company (operator user), all (national roles); newest decisions first (`decidedBy` for customs only). `region` must be one of the programme’s (`CUSTOMS_REGIONS`, else 400).',
    answer: [AuthorisationDto],
  })
  @ApiErrorAnswers({
    400: 'Invalid filter, or `region` is not a customs region of the programme; the message names the field',
    403: 'Role not allowed, or another region than the regional staff’s own',
  })
  list(@CurrentUser() user: AuthenticatedUser, @Query(CustomsRegionPipe) query: ListAuthorisationsQuery) {
    return this.register.list(user, query);
  }

  /** One authorisation with its history. */
  @Get(':authorisationNumber')
  @Operation({
    summary: 'Read an authorisation',
    description:
      'One authorisation with its history (grant, suspension, reinstatement, revocation, ...). An operator user gets the holder’s view: without who in customs decided the grant or made each change (`decidedBy`, `changedBy`), a revalidation’s trigger, or a regional office’s request for an early revalidation (`revalidation-requested`).',
    answer: AuthorisationWithHistoryDto,
  })
  get(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: AuthorisationNumberParams,
    @Query(NoQuery) _query: NoQueryParams,
  ) {
    return this.register.get(user, params.authorisationNumber);
  }

  /** The holder chooses whether and what the public register shows. */
  @Put(':authorisationNumber/publication')
  @Operation({
    roles: [ROLES.operatorUser],
    summary: 'Choose what the public register shows',
    description:
      'The holder (an administrator of the company) decides whether its authorisation is published and which fields (name, city, region, statusType, effectiveFrom, taxpayerId; a published taxpayer id also finds the entry: GET /v1/public/register?taxpayerId=).',
    answer: PublicationAnswerDto,
  })
  publication(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: AuthorisationNumberParams,
    @Body() body: PublicationDto,
  ) {
    return this.register.setPublication(user, params.authorisationNumber, body);
  }
}
