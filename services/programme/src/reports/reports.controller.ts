import { Body, Controller, Get, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthenticatedUser, CurrentUser, ROLES, Roles } from '@aeo/auth';
import { ApiErrorAnswers, Operation, NoQuery, NoQueryParams } from '@aeo/service-kit';
import { ProgrammeReportDto } from './reports.response';
import {
  NewReportDto,
  RenderingParams,
  RenderingQueryDto,
  ReportIdParams,
  ReportListQueryDto,
} from './reports.schemas';
import { ReportsService } from './reports.service';

const READERS =
  'Executives and the policy unit only: a report lists every region’s open deviation cases, so a regional office is answered 403.';

/**
 * The quarterly programme reports: issued on demand or by the quarterly schedule, stored, listed and
 * fetched, by executives and the policy unit only (a report shows every region's deviation cases,
 * which a regional office may not see).
 */
@ApiTags('reports')
@Controller('reports')
@Roles(ROLES.executive, ROLES.policyUnit)
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Post()
  @Operation({
    status: 201,
    summary: 'Issue a quarterly programme report now',
    description:
      'Generates the report on the quarter (KPIs per month and quarter with their trend over the last 6 quarters, open deviation cases, the design-principles scorecard; national figures) as HTML and PDF in each language asked for (mn and en by default), stores it and announces it (aeo.programme-report.issued.v1). The report is produced while the request waits (tens of seconds on a loaded machine). Each call makes a new report; the quarterly schedule makes one per quarter on its own. 400 naming quarter for a quarter before 2000-Q1 (the programme has no data before it) or one that has not begun; a running quarter is reported as provisional. 409 while the same report (quarter and languages, in any order) is being produced, on any instance of the service: list GET /v1/reports?quarter= once it is done. 503 with Retry-After while this instance is producing REPORT_MAX_CONCURRENT on-demand reports already (default 2; each holds a database connection while it renders): retry later. Audited. Roles: executive, policy-unit.',
    answer: ProgrammeReportDto,
  })
  @ApiErrorAnswers({ 409: 'The same report (quarter and languages) is being produced' })
  issue(@CurrentUser() user: AuthenticatedUser, @Body() body: NewReportDto) {
    return this.reports.issue(user, body);
  }

  @Get()
  @Operation({
    summary: 'Programme reports',
    description: `The stored reports, newest first (limit, default 50; quarter narrows to one quarter), each with its renderings. ${READERS}`,
    answer: [ProgrammeReportDto],
  })
  list(@Query() query: ReportListQueryDto) {
    return this.reports.list(query);
  }

  @Get(':reportId')
  @Operation({
    summary: 'A programme report’s metadata',
    description: `Its quarter, trigger, languages, issuer and time, and its renderings with their size, SHA-256 and where to fetch them. ${READERS}`,
    answer: ProgrammeReportDto,
  })
  @ApiErrorAnswers({ 404: 'No such report' })
  find(@Param() params: ReportIdParams, @Query(NoQuery) _query: NoQueryParams) {
    return this.reports.find(params.reportId);
  }

  @Get(':reportId/:format')
  @ApiOperation({
    summary: 'A programme report as PDF or HTML',
    description: `The stored rendering (format pdf or html) in the language lang (mn or en; default the report’s first language; 400 naming lang for a language the report was not rendered in), as it was issued, with its SHA-256 in x-content-sha256. ${READERS}`,
  })
  @ApiOkResponse({
    description: 'The rendering as stored',
    headers: { 'x-content-sha256': { description: 'SHA-256 of the bytes (hex)', schema: { type: 'string' } } },
    content: {
      'application/pdf': { schema: { type: 'string', format: 'binary' } },
      'text/html': { schema: { type: 'string' } },
    },
  })
  @ApiErrorAnswers({ 404: 'No such report' })
  async rendering(
    @Param() params: RenderingParams,
    @Query() query: RenderingQueryDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const rendering = await this.reports.rendering(params.reportId, params.format, query.lang);
    response.setHeader('x-content-sha256', rendering.sha256);
    return new StreamableFile(rendering.bytes, {
      type: rendering.mediaType,
      disposition: `${params.format === 'pdf' ? 'attachment' : 'inline'}; filename="${rendering.fileName}"`,
      length: rendering.bytes.length,
    });
  }
}
