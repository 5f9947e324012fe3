import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ROLES, Roles } from '@aeo/auth';
import { ApiErrorAnswers, CustomsRegionPipe, Operation } from '@aeo/service-kit';
import { WorkflowDetailDto, WorkflowPageDto } from './workflow.response';
import { WorkflowIdParams, WorkflowListQueryDto, WorkflowRunQuery } from './workflow.schemas';
import { HISTORY_LIMITS, STUCK_TEMPORAL_PAGES, WorkflowsService } from './workflows.service';

/** The platform's workflows for the operations team (executives may read): listed from Temporal visibility, each with its timeline. */
@ApiTags('workflows')
@Controller('workflows')
@Roles(ROLES.operations, ROLES.executive)
export class WorkflowsController {
  constructor(private readonly workflows: WorkflowsService) {}

  @Get()
  @Operation({
    summary: 'Workflows by type, status, region, stage, deadline, or stuck',
    description: `Workflow runs from Temporal visibility, newest first, a page at a time (pageSize at most 100; nextPageToken gives the next page, with the same filters). region and stage are the search attributes AeoRegion and AeoStage (a region must be one of CUSTOMS_REGIONS), applicationId AeoApplicationId, dueBefore an instant AeoRevalidationDue must be at or before (the revalidation deadlines). stuck=true lists the failed and timed-out runs and the running ones waiting on an activity or a workflow task with no new history event for stuckHours (default 24), each with why: Temporal’s pages are read on, ${STUCK_TEMPORAL_PAGES} at most per request, until pageSize stuck runs are found, and nextPageToken goes on from where reading stopped (so such a page may hold fewer than pageSize runs, even none, before the last). Each run links to its history in the Temporal Web UI. 400 naming the parameter when one is malformed.`,
    answer: WorkflowPageDto,
    answered: 'A page of runs, newest first, and the token of the next page',
  })
  list(@Query(CustomsRegionPipe) query: WorkflowListQueryDto) {
    return this.workflows.list(query);
  }

  @Get(':workflowId')
  @Operation({
    summary: 'One workflow run with its history as a timeline',
    description: `The latest run (or runId’s): its search attributes, pending activities with their attempts and last failure, and its history oldest first as a timeline (started, activities scheduled, completed or failed, timers, signals, updates, child workflows, stages set, the end) with a link to the Temporal Web UI. The history is read ${HISTORY_LIMITS.pageSize} events a call, its first ${HISTORY_LIMITS.events} events at most: beyond, truncated is true and the whole history is in the Temporal Web UI.`,
    answer: WorkflowDetailDto,
    answered: 'The run, its pending activities and its history as a timeline (truncated says whether it is all of it)',
  })
  @ApiErrorAnswers({ 404: 'No such workflow or run' })
  get(@Param() params: WorkflowIdParams, @Query() query: WorkflowRunQuery) {
    return this.workflows.get(params.workflowId, query.runId);
  }
}
