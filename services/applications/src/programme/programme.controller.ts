import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, ROLES, Roles } from '@aeo/auth';
import { ProgrammeVersionParams, PublishProgrammeDto } from './programme.schemas';
import { ProgrammeService } from './programme.service';

/** The programme's reference data: status types, the criteria catalogue (the self-assessment questionnaire) and the time limits. */
@ApiTags('programme')
@Controller('programme')
export class ProgrammeController {
  constructor(private readonly programme: ProgrammeService) {}

  /** The version that applies to new applications (every authenticated user may read it). */
  @Get()
  current() {
    return this.programme.current();
  }

  @Get('versions/:version')
  version(@Param() params: ProgrammeVersionParams) {
    return this.programme.get(params.version);
  }

  /** Publishes a new version (strategic policy unit); applications filed before keep theirs. */
  @Post('versions')
  @Roles(ROLES.policyUnit)
  publish(@CurrentUser() user: AuthenticatedUser, @Body() body: PublishProgrammeDto) {
    return this.programme.publish(user, body);
  }
}
