import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CASE_READERS, CurrentUser, Public, ROLES, Roles } from '@aeo/auth';
import { AuthorisationNumberParams, ListAuthorisationsQuery, PublicSearchQuery, PublicationDto } from './register.schemas';
import { RegisterService } from './register.service';

/** The AEO register for customs (region-scoped) and holders (their own authorisations). */
@ApiTags('register')
@Controller('authorisations')
export class AuthorisationsController {
  constructor(private readonly register: RegisterService) {}

  @Get()
  @Roles(...CASE_READERS)
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListAuthorisationsQuery) {
    return this.register.list(user, query);
  }

  /** One authorisation with its history. */
  @Get(':authorisationNumber')
  @Roles(...CASE_READERS)
  get(@CurrentUser() user: AuthenticatedUser, @Param() params: AuthorisationNumberParams) {
    return this.register.get(user, params.authorisationNumber);
  }

  /** The holder chooses whether and what the public register shows. */
  @Put(':authorisationNumber/publication')
  @Roles(ROLES.operatorUser)
  publication(@CurrentUser() user: AuthenticatedUser, @Param() params: AuthorisationNumberParams, @Body() body: PublicationDto) {
    return this.register.setPublication(user, params.authorisationNumber, body);
  }
}

/** The public AEO register (no token): only what each holder agreed to publish. */
@ApiTags('public-register')
@Public()
@Controller('public/register')
export class PublicRegisterController {
  constructor(private readonly register: RegisterService) {}

  @Get()
  search(@Query() query: PublicSearchQuery) {
    return this.register.publicSearch(query);
  }

  @Get(':authorisationNumber')
  entry(@Param() params: AuthorisationNumberParams) {
    return this.register.publicEntry(params.authorisationNumber);
  }
}
