import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Context } from '@temporalio/activity';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { RevalidationWatchdogAlert } from '@aeo/contracts';
import { OutboxWriter } from '@aeo/messaging';
import { recordAudit } from '@aeo/persistence';
import { boundActivities } from '@aeo/temporal';
import {
  RevalidationState,
  WatchdogActivities,
  WatchdogReport,
  revalidationStateQuery,
  revalidationWorkflowId,
} from '@aeo/workflows';
import { eventRef } from './authorisation-events';
import { findAuthorisation, listInForceAfter, noteActivityOnce } from './lifecycle.repository';
import { RevalidationWorkflows } from './revalidation-workflows';

const PAGE = 200;
const DAY_MS = 86_400_000;
const QUERY_TIMEOUT_MS = 10_000;

type Problem = { problem: 'stuck' | 'closed-while-in-force' | 'unreachable'; detail: string };

/**
 * The daily watchdog's activity: walks every authorisation in force, page by page (heartbeating
 * its place, so a retry goes on from there), and checks its revalidation workflow. A missing or
 * failed workflow of a granted authorisation is started again from the register; anything it
 * cannot repair (a suspended authorisation without its workflow, a run that ended while the
 * register says in force, a stage unchanged for too long, a due date long past) is published as
 * an operations alert, once a day per authorisation.
 */
@Injectable()
export class WatchdogActivitiesService implements WatchdogActivities {
  private readonly logger = new Logger('RevalidationWatchdog');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly temporal: Client,
    private readonly workflows: RevalidationWorkflows,
    private readonly outbox: OutboxWriter,
  ) {}

  asActivities(): WatchdogActivities {
    return boundActivities(this, ['repairRevalidationWorkflows']);
  }

  async repairRevalidationWorkflows(input: { now: string; stuckAfterDays: number }): Promise<WatchdogReport> {
    const context = currentContext();
    const resumed = context?.info.heartbeatDetails as { cursor: string; report: WatchdogReport } | undefined;
    const report: WatchdogReport = resumed?.report ?? { checked: 0, healthy: 0, started: [], stuck: [] };
    let cursor = resumed?.cursor ?? '';
    const now = Date.parse(input.now);
    for (;;) {
      const page = await listInForceAfter(this.dataSource, cursor, PAGE);
      if (page.length === 0) break;
      for (const { authorisationNumber: number, status } of page) {
        report.checked++;
        const outcome = await this.check(number, status, now, input.stuckAfterDays);
        if (outcome === 'healthy') report.healthy++;
        else if (outcome === 'started') report.started.push(number);
        else {
          report.stuck.push({ authorisationNumber: number, reason: `${outcome.problem}: ${outcome.detail}` });
          await this.alert(number, outcome, input.now);
        }
        // After each authorisation: a check can take seconds when workers are slow, and a retry goes on from here.
        cursor = number;
        context?.heartbeat({ cursor, report });
      }
    }
    this.logger.log(
      `checked ${report.checked} authorisations: ${report.healthy} healthy, ${report.started.length} started, ${report.stuck.length} reported`,
    );
    return report;
  }

  private async check(
    number: string,
    status: string,
    now: number,
    stuckAfterDays: number,
  ): Promise<'healthy' | 'started' | Problem> {
    const handle = this.temporal.workflow.getHandle(revalidationWorkflowId(number));
    let running: boolean;
    try {
      const description = await handle.describe();
      running = description.status.name === 'RUNNING';
      if (!running && description.status.name === 'COMPLETED')
        return { problem: 'closed-while-in-force', detail: `its workflow completed but the register says ${status}` };
    } catch (error) {
      if (!(error instanceof WorkflowNotFoundError))
        return { problem: 'unreachable', detail: `describe failed: ${(error as Error).message}` };
      running = false;
    }
    if (!running) {
      // Missing, failed, terminated or timed out: a granted authorisation starts afresh from the register.
      if (status !== 'granted')
        return {
          problem: 'unreachable',
          detail: `a ${status} authorisation has no running workflow; its suspension must be taken up by hand`,
        };
      return (await this.workflows.start(number))
        ? 'started'
        : { problem: 'unreachable', detail: 'the workflow could not be started again' };
    }
    let state: RevalidationState;
    try {
      state = await Promise.race([
        handle.query(revalidationStateQuery),
        new Promise<never>((_, reject) =>
          setTimeout(
            () => reject(new Error(`no answer within ${QUERY_TIMEOUT_MS / 1000} s (is the worker running?)`)),
            QUERY_TIMEOUT_MS,
          ).unref(),
        ),
      ]);
    } catch (error) {
      return { problem: 'unreachable', detail: `query failed: ${(error as Error).message}` };
    }
    if (state.stage === 'monitoring' && Date.parse(state.nextDueAt) < now - DAY_MS)
      return { problem: 'stuck', detail: `revalidation was due ${state.nextDueAt} but no cycle started` };
    const since = Date.parse(state.history.at(-1)?.at ?? state.nextDueAt);
    const waiting = state.stage !== 'monitoring' && state.stage !== 'suspended';
    if (waiting && now - since > stuckAfterDays * DAY_MS)
      return { problem: 'stuck', detail: `at stage ${state.stage} since ${new Date(since).toISOString()}` };
    return 'healthy';
  }

  private async alert(number: string, problem: Problem, checkedAt: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const row = await findAuthorisation(manager, number);
      if (!row) return;
      const key = `watchdog:${number}:${checkedAt.slice(0, 10)}`;
      if (!(await noteActivityOnce(manager, number, key))) return;
      await this.outbox.append(manager, RevalidationWatchdogAlert, {
        subject: number,
        aggregateId: row.operatorId,
        data: { ...eventRef(row), problem: problem.problem, detail: problem.detail.slice(0, 2000), checkedAt },
      });
      await recordAudit(manager, {
        actor: { sub: 'system:revalidation-watchdog', roles: ['system'] },
        action: 'authorisation.watchdog-alert',
        entityType: 'authorisation',
        entityId: number,
        after: problem,
      });
    });
  }
}

function currentContext(): Context | undefined {
  try {
    return Context.current();
  } catch {
    return undefined;
  }
}
