import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { AuthenticatedUser, CASE_READERS, CurrentUser, ROLES, Roles } from '@aeo/auth';
import { AuthorisationNumberParams, ListAuthorisationsQuery, PublicationDto } from './register.schemas';
import { AuthorisationDto, AuthorisationWithHistoryDto, PublicationAnswerDto } from './register.response';
import { RegisterService } from './register.service';

/** The AEO register for customs (region-scoped) and holders (their own authorisations). */
@ApiTags('register')
@Controller('authorisations')
export class AuthorisationsController {
  constructor(private readonly register: RegisterService) {}

  @Get()
  @Roles(...CASE_READERS)
  @ApiOperation({
    summary: 'List authorisations',
    description:
      'The AEO register as the caller may see it: its region (regional staff), its own company (operator user), all (national roles); newest decisions first.',
  })
  @ZodResponse({ status: 200, type: [AuthorisationDto] })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListAuthorisationsQuery) {
    return this.register.list(user, query);
  }

  /** One authorisation with its history. */
  @Get(':authorisationNumber')
  @Roles(...CASE_READERS)
  @ApiOperation({
    summary: 'Read an authorisation',
    description: 'One authorisation with its history (grant, suspension, reinstatement, revocation, ...).',
  })
  @ZodResponse({ status: 200, type: AuthorisationWithHistoryDto })
  get(@CurrentUser() user: AuthenticatedUser, @Param() params: AuthorisationNumberParams) {
    return this.register.get(user, params.authorisationNumber);
  }

  /** The holder chooses whether and what the public register shows. */
  @Put(':authorisationNumber/publication')
  @Roles(ROLES.operatorUser)
  @ApiOperation({
    summary: 'Choose what the public register shows',
    description:
      'The holder decides whether its authorisation is published and which fields (name, city, region, statusType, effectiveFrom).',
  })
  @ZodResponse({ status: 200, type: PublicationAnswerDto })
  publication(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: AuthorisationNumberParams,
    @Body() body: PublicationDto,
  ) {
    return this.register.setPublication(user, params.authorisationNumber, body);
  }
}
