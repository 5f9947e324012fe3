import { Body, Controller, Get, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthenticatedUser, CurrentUser, ROLES, Roles } from '@aeo/auth';
import { ApiErrorAnswers, Operation } from '@aeo/service-kit';
import { PilotFinalReportDto } from './final-report.response';
import {
  ApprovalDto,
  FinalReportListQueryDto,
  FinalReportPilotParams,
  FinalReportRenderingQueryDto,
  RegenerateDto,
} from './final-report.schemas';
import { PilotFinalReportService } from './final-report.service';

const READERS =
  'Executives and the policy unit (a report lists every region’s companies and deviation cases: a regional office is answered 403).';

/**
 * A pilot's final report (`/v1/pilots/{pilotId}/final-report[s]`): made by the pilot workflow at the
 * pilot's end, made again on demand by the policy unit while not approved, listed and fetched
 * (HTML or PDF, mn or en), approved by an executive through the pilot workflow.
 */
@ApiTags('pilots')
@Controller('pilots/:pilotId')
@Roles(ROLES.executive, ROLES.policyUnit)
export class PilotFinalReportController {
  constructor(private readonly reports: PilotFinalReportService) {}

  @Get('final-reports')
  @Operation({
    summary: 'A pilot’s final reports',
    description: `Newest first (limit, default 20): each with its number, trigger (the workflow at the pilot’s end, or on demand), the policy unit’s recommendations, who made it and when, its approval (who, when, note) and its renderings with where to fetch them. 404 for an unknown pilot. ${READERS}`,
    answer: [PilotFinalReportDto],
  })
  @ApiErrorAnswers({ 404: 'No such pilot' })
  list(@Param() params: FinalReportPilotParams, @Query() query: FinalReportListQueryDto) {
    return this.reports.list(params.pilotId, query.limit);
  }

  @Post('final-reports')
  @Operation({
    status: 201,
    roles: [ROLES.policyUnit],
    summary: 'Make a pilot’s final report again',
    description:
      'The policy unit has the report assembled again from the data as it is now (objectives with their KPI targets and values, participants, timeline against milestones, KPIs with trend charts, benefits test, evaluation results, deviations, recommendations) and stored as HTML and PDF in each language asked for (mn and en by default), with its own recommendations for full operation (recommendations; kept from the latest report when left out, null clears them). Only once the pilot has ended and while no report is approved (409 otherwise, and while this instance is making the same pilot’s report). Audited; announced by aeo.programme-pilot.final-report-generated.v1. The request waits while the report is rendered (tens of seconds on a loaded machine).',
    answer: PilotFinalReportDto,
  })
  @ApiErrorAnswers({
    404: 'No such pilot',
    409: 'The pilot has not ended, its report is approved, or it is being made',
  })
  regenerate(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: FinalReportPilotParams,
    @Body() body: RegenerateDto,
  ) {
    return this.reports.regenerate(user, params.pilotId, body);
  }

  @Post('final-report/approval')
  @Operation({
    roles: [ROLES.executive],
    summary: 'Approve a pilot’s final report',
    description:
      'An executive approves the pilot’s latest final report (with an optional note): the pilot workflow marks the stored report approved (who and when) and closes the pilot (aeo.programme-pilot.final-report-approved.v1). 409 with the workflow’s reason when the pilot has not ended or its report is being made; 422 when the pilot has no report (the policy unit makes one with POST final-reports). Audited. The same request again by the same person answers as the first time.',
    answer: PilotFinalReportDto,
    humanStep: true,
    workflowAction: true,
  })
  @ApiErrorAnswers({ 404: 'No such pilot', 409: 'The pilot’s stage does not allow the approval' })
  approve(@CurrentUser() user: AuthenticatedUser, @Param() params: FinalReportPilotParams, @Body() body: ApprovalDto) {
    return this.reports.requestApproval(user, params.pilotId, body);
  }

  @Get('final-report')
  @ApiOperation({
    summary: 'A pilot’s final report as PDF or HTML',
    description: `The stored rendering (format pdf, the default, or html) in language mn (the default) or en, of the report reportId, else of the approved report, else of the latest; with its SHA-256 in x-content-sha256. 400 naming language for a language the report was not made in; 404 when the pilot has no report. ${READERS}`,
  })
  @ApiOkResponse({
    description: 'The rendering as stored',
    headers: { 'x-content-sha256': { description: 'SHA-256 of the bytes (hex)', schema: { type: 'string' } } },
    content: {
      'application/pdf': { schema: { type: 'string', format: 'binary' } },
      'text/html': { schema: { type: 'string' } },
    },
  })
  @ApiErrorAnswers({ 404: 'No such pilot or report' })
  async rendering(
    @Param() params: FinalReportPilotParams,
    @Query() query: FinalReportRenderingQueryDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const rendering = await this.reports.rendering(params.pilotId, query);
    response.setHeader('x-content-sha256', rendering.sha256);
    return new StreamableFile(rendering.bytes, {
      type: rendering.mediaType,
      disposition: `${query.format === 'pdf' ? 'attachment' : 'inline'}; filename="${rendering.fileName}"`,
      length: rendering.bytes.length,
    });
  }
}
