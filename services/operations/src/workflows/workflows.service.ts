import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Client, Connection, WorkflowNotFoundError } from '@temporalio/client';
import { optionalTsToDate } from '@temporalio/common/lib/time';
import type { temporal } from '@temporalio/proto';
import pLimit from 'p-limit';
import { APP_CONFIG } from '@aeo/config';
import { TEMPORAL_CONNECTION_FEW_RETRIES } from '@aeo/temporal';
import { fieldBadRequest } from '@aeo/service-kit';
import type { OperationsConfig } from '../config';
import { type PendingActivity, TIMELINE_MAX_EVENTS } from './workflow.response';
import type { WorkflowListQuery } from './workflow.schemas';
import { failureText, timelineOf } from './workflow-timeline';
import { filledPage } from './filled-page';
import { decodePageToken, encodePageToken, executionOf, visibilityQuery, type WorkflowExecution } from './visibility';

/** gRPC statuses UNKNOWN and INVALID_ARGUMENT. */
const GRPC_UNKNOWN = 2;
const GRPC_INVALID_ARGUMENT = 3;

/** Runs checked at once for the stuck filter (two calls each). */
const STUCK_CHECKS_AT_ONCE = 8;
/** How much of a run's history is read: at most `events` events (the timeline), `pageSize` a call. */
export interface HistoryLimits {
  events: number;
  pageSize: number;
}
export const HISTORY_LIMITS: HistoryLimits = { events: TIMELINE_MAX_EVENTS, pageSize: 200 };

/** Temporal pages read at most for one page of stuck runs (each run of them checked). */
export const STUCK_TEMPORAL_PAGES = 5;

const PENDING_ACTIVITY_STATES: Record<number, string> = {
  1: 'scheduled',
  2: 'started',
  3: 'cancel-requested',
  4: 'paused',
  5: 'pause-requested',
};

/**
 * The platform's workflows as Temporal's visibility store lists them (its search attributes
 * AeoRegion, AeoStage, … as filters, its page tokens for paging) and each run's history as a
 * timeline, with a link to the run in the Temporal Web UI.
 */
@Injectable()
export class WorkflowsService {
  private readonly link: { uiUrl: string; namespace: string };

  constructor(
    private readonly temporal: Client,
    @Inject(TEMPORAL_CONNECTION_FEW_RETRIES) private readonly fewRetries: Connection,
    @Inject(APP_CONFIG) config: OperationsConfig,
  ) {
    this.link = { uiUrl: config.TEMPORAL_UI_URL, namespace: config.TEMPORAL_NAMESPACE };
  }

  /**
   * One page of the runs matching the filters, newest first. With `stuck`, the failed and timed-out
   * runs, and the running ones waiting on an activity or a workflow task whose history has had no
   * event for `stuckHours` (a run waiting for a signal or a timer is waiting, not stuck): Temporal's
   * pages are read on until `pageSize` stuck runs are found, the list ends, or
   * STUCK_TEMPORAL_PAGES were read, and the token is where reading stopped.
   */
  async list(
    query: WorkflowListQuery,
    now = new Date(),
  ): Promise<{ items: WorkflowExecution[]; nextPageToken: string | null }> {
    const stuckSince = new Date(now.getTime() - query.stuckHours * 3_600_000);
    const request = { namespace: this.link.namespace, query: visibilityQuery(query, stuckSince) };
    const callersToken = decodePageToken(query.pageToken);
    const read = async (token: Uint8Array | undefined, pageSize: number) => {
      const page = { ...request, pageSize, nextPageToken: token };
      // Only the caller's token can be one Temporal did not issue: asked with few retries, so that
      // its refusal (UNKNOWN with SQL visibility, retried for ~18 s otherwise) is a 400 at once.
      // When the token is not the cause, the list is asked again with the usual retries (and the
      // token judged again should that fail too).
      const refusedOr = async (error: unknown) => {
        throw (await this.refusedPageToken(request, query.pageToken, error)) ?? error;
      };
      const response =
        callersToken !== undefined && token === callersToken
          ? await this.fewRetries.workflowService.listWorkflowExecutions(page).catch(async (error: unknown) => {
              const refused = await this.refusedPageToken(request, query.pageToken, error);
              if (refused) throw refused;
              return this.temporal.workflowService.listWorkflowExecutions(page).catch(refusedOr);
            })
          : await this.temporal.workflowService.listWorkflowExecutions(page);
      const next = response.nextPageToken;
      return {
        items: (response.executions ?? []).map((raw) => executionOf(raw, this.link)),
        next: next && next.length > 0 ? next : undefined,
      };
    };
    const page = await filledPage(
      read,
      async (executions) => (query.stuck === 'true' ? this.onlyStuck(executions, stuckSince) : executions),
      {
        pageSize: query.pageSize,
        token: callersToken,
        maxReads: query.stuck === 'true' ? STUCK_TEMPORAL_PAGES : 1,
      },
    );
    return { items: page.items, nextPageToken: encodePageToken(page.next) };
  }

  /**
   * A 400 naming pageToken when the list failed only because of its token (one Temporal did not
   * issue: it answers INVALID_ARGUMENT, or UNKNOWN with SQL visibility), which the same list
   * without it tells; undefined when the token is not the cause (the list is then asked again, with retries).
   */
  private async refusedPageToken(
    request: { namespace: string; query: string },
    pageToken: string | undefined,
    error: unknown,
  ): Promise<Error | undefined> {
    const code = (error as { code?: unknown }).code;
    if (pageToken === undefined || (code !== GRPC_INVALID_ARGUMENT && code !== GRPC_UNKNOWN)) return undefined;
    const withoutToken = await this.fewRetries.workflowService.listWorkflowExecutions({ ...request, pageSize: 1 }).then(
      () => true,
      () => false,
    );
    return withoutToken
      ? fieldBadRequest('pageToken', 'is not a page token of this list (give the nextPageToken of an earlier answer)')
      : undefined;
  }

  /**
   * A run (the latest when `runId` is left out) with its pending activities and its history as a
   * timeline: the first `limits.events` events, read `limits.pageSize` at a time; `truncated` when
   * the history has more (the Temporal Web UI shows it whole).
   */
  async get(workflowId: string, runId?: string, limits: HistoryLimits = HISTORY_LIMITS) {
    const handle = this.temporal.workflow.getHandle(workflowId, runId);
    try {
      // Described first: an unknown workflow or run is a WorkflowNotFoundError there (a plain gRPC error from the history).
      const description = await handle.describe();
      const history = await this.history({ workflowId, runId: description.runId }, limits);
      return {
        execution: executionOf(description.raw.workflowExecutionInfo ?? {}, this.link),
        pendingActivities: (description.raw.pendingActivities ?? []).map(pendingActivityOf),
        timeline: timelineOf(history.events),
        truncated: history.truncated,
      };
    } catch (error) {
      if (error instanceof WorkflowNotFoundError)
        throw new NotFoundException(`Workflow ${workflowId}${runId ? ` run ${runId}` : ''} not found`);
      throw error;
    }
  }

  /** The first `limits.events` events of a run's history, and whether it has more. */
  private async history(
    execution: { workflowId: string; runId: string },
    limits: HistoryLimits,
  ): Promise<{ events: temporal.api.history.v1.IHistoryEvent[]; truncated: boolean }> {
    const events: temporal.api.history.v1.IHistoryEvent[] = [];
    let nextPageToken: Uint8Array | undefined;
    // One event beyond the limit is read to tell a history of exactly `limits.events` from a longer one.
    do {
      const response = await this.temporal.workflowService.getWorkflowExecutionHistory({
        namespace: this.link.namespace,
        execution,
        maximumPageSize: Math.min(limits.pageSize, limits.events + 1 - events.length),
        nextPageToken,
      });
      const page = response.history?.events ?? [];
      events.push(...page);
      nextPageToken = response.nextPageToken?.length ? response.nextPageToken : undefined;
      if (page.length === 0) break;
    } while (nextPageToken && events.length <= limits.events);
    return {
      events: events.slice(0, limits.events),
      truncated: events.length > limits.events || nextPageToken !== undefined,
    };
  }

  private async onlyStuck(executions: WorkflowExecution[], since: Date): Promise<WorkflowExecution[]> {
    const limit = pLimit(STUCK_CHECKS_AT_ONCE);
    const checked = await Promise.all(
      executions.map((execution) =>
        limit(async () => {
          const stuck = await this.stuckReason(execution, since);
          return stuck ? [{ ...execution, stuck }] : [];
        }),
      ),
    );
    return checked.flat();
  }

  /** Why a run is stuck, or undefined when it is making progress or only waiting. */
  private async stuckReason(
    execution: WorkflowExecution,
    since: Date,
  ): Promise<{ since: Date; reason: string } | undefined> {
    if (execution.status === 'failed' || execution.status === 'timed-out')
      return {
        since: execution.closeTime ?? execution.startTime,
        reason: execution.status === 'failed' ? 'the run failed' : 'the run timed out',
      };
    if (execution.status !== 'running') return undefined;
    const { workflowId, runId } = execution;
    const [description, latest] = await Promise.all([
      this.temporal.workflow.getHandle(workflowId, runId).describe(),
      this.temporal.workflowService.getWorkflowExecutionHistoryReverse({
        namespace: this.link.namespace,
        execution: { workflowId, runId },
        maximumPageSize: 1,
      }),
    ]);
    const lastEventAt = optionalTsToDate(latest.history?.events?.[0]?.eventTime);
    if (!lastEventAt || lastEventAt >= since) return undefined;
    const task = description.raw.pendingWorkflowTask;
    if (task)
      return {
        since: lastEventAt,
        reason: `its workflow task is pending (attempt ${task.attempt ?? 1}): no worker takes it, or it keeps failing`,
      };
    const activity = description.raw.pendingActivities?.[0];
    if (activity) {
      const failure = failureText(activity.lastFailure);
      return {
        since: lastEventAt,
        reason: `activity ${activity.activityType?.name ?? '?'} pending (attempt ${activity.attempt ?? 1})${failure ? `: ${failure}` : ''}`,
      };
    }
    return undefined;
  }
}

function pendingActivityOf(activity: temporal.api.workflow.v1.IPendingActivityInfo): PendingActivity {
  return {
    activityId: activity.activityId ?? '',
    activityType: activity.activityType?.name ?? '',
    state: PENDING_ACTIVITY_STATES[activity.state ?? 0] ?? 'unknown',
    attempt: activity.attempt ?? 1,
    scheduledAt: optionalTsToDate(activity.scheduledTime) ?? null,
    lastStartedAt: optionalTsToDate(activity.lastStartedTime) ?? null,
    lastFailure: failureText(activity.lastFailure) || null,
  };
}
