import { Body, Controller, Get, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ALL_ROLES, AuthenticatedUser, CurrentUser, ROLES } from '@aeo/auth';
import { APP_CONFIG } from '@aeo/config';
import { NoQuery, NoQueryParams, Operation } from '@aeo/service-kit';
import type { ApplicationsConfig } from '../config';
import { DOCUMENT_TYPES } from '../self-assessment/self-assessment.schemas';
import { ProgrammeVersionParams, PublishProgrammeDto } from './programme.schemas';
import { EvidenceLimitsDto, ProgrammeVersionDto } from './programme.response';
import { ProgrammeService } from './programme.service';

/** The programme's reference data: status types, the criteria catalogue (the self-assessment questionnaire) and the time limits. */
@ApiTags('programme')
@Controller('programme')
export class ProgrammeController {
  constructor(
    private readonly programme: ProgrammeService,
    @Inject(APP_CONFIG) private readonly config: Pick<ApplicationsConfig, 'DOCUMENT_MAX_BYTES'>,
  ) {}

  /** The limits the evidence upload checks (the same config and types), for a client to refuse a file before sending it. */
  @Get('evidence-limits')
  @Operation({
    roles: ALL_ROLES,
    summary: 'Evidence document limits',
    description:
      'The largest evidence document accepted (DOCUMENT_MAX_BYTES) and the media types recognised by their content, as POST /applications/{applicationId}/documents checks them.',
    answer: EvidenceLimitsDto,
  })
  evidenceLimits(@Query(NoQuery) _query: NoQueryParams) {
    return { maxBytes: this.config.DOCUMENT_MAX_BYTES, mediaTypes: DOCUMENT_TYPES.map((type) => type.contentType) };
  }

  /** The version that applies to new applications (every authenticated user may read it). */
  @Get()
  @Operation({
    // Every role: what any authenticated user has (a token carries at least one known role).
    roles: ALL_ROLES,
    summary: 'Current programme version',
    description:
      'The version that applies to new applications: status types, criteria catalogue (the self-assessment questionnaire) and time limits.',
    answer: ProgrammeVersionDto,
  })
  current(@Query(NoQuery) _query: NoQueryParams) {
    return this.programme.current();
  }

  @Get('versions/:version')
  @Operation({
    roles: ALL_ROLES,
    summary: 'A programme version',
    description: 'Any published version (applications keep the version they were filed under).',
    answer: ProgrammeVersionDto,
  })
  version(@Param() params: ProgrammeVersionParams, @Query(NoQuery) _query: NoQueryParams) {
    return this.programme.get(params.version);
  }

  /** Publishes a new version (strategic policy unit); applications filed before keep theirs. */
  @Post('versions')
  @Operation({
    roles: [ROLES.policyUnit],
    summary: 'Publish a new programme version',
    description: 'By the strategic policy unit; versions are immutable, applications filed before keep theirs.',
    status: 201,
    answer: ProgrammeVersionDto,
  })
  publish(@CurrentUser() user: AuthenticatedUser, @Body() body: PublishProgrammeDto) {
    return this.programme.publish(user, body);
  }
}
