import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { AuthenticatedUser, regionFilterOf, regionOf } from '@aeo/auth';
import { APP_CONFIG } from '@aeo/config';
import { takeHumanStepThroughWorkflow } from '@aeo/persistence';
import type { Page } from '@aeo/service-kit';
import { type StepFromCaller, workflowStepRefusal } from '@aeo/temporal';
import { type DeviationStepInput, deviationStepUpdate } from '@aeo/workflows';
import type { ProgrammeConfig } from '../config';
import type { DeviationCasesQuery, DeviationsQuery } from './deviations.schemas';
import {
  type DeviationCase,
  type DeviationRecord,
  caseRecords,
  deviationCasePage,
  findDeviationCase,
  listCases,
} from './deviations.repository';

export type DeviationCaseView = DeviationCase & { history: DeviationRecord[] };

/** A step as the API receives it: the workflow's step without the person (taken from the token). */
export type DeviationStepRequest = StepFromCaller<DeviationStepInput>;

/**
 * The deviation cases and their steps. Cases are opened by the evaluator (their workflow, the
 * process owner, records each step through the activity); every person's step goes to the
 * workflow as an update (its validator refuses what the phase does not allow: 409 with the
 * reason; a malformed value 422) through the human-step ledger, so a repeated request answers as
 * the first time. A regional office sees its region's cases only.
 */
@Injectable()
export class DeviationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly temporal: Client,
    @Inject(APP_CONFIG) private readonly config: ProgrammeConfig,
  ) {}

  list(user: AuthenticatedUser, query: DeviationsQuery): Promise<DeviationCase[]> {
    return listCases(this.dataSource, {
      phase: query.status ?? null,
      kpiId: query.kpiId ?? null,
      scope: regionFilterOf(user, query.region) ?? null,
      limit: query.limit,
    });
  }

  /** A page of the cases, filtered and sorted on the server (a regional office: its region's only). */
  page(user: AuthenticatedUser, query: DeviationCasesQuery): Promise<Page<DeviationCase>> {
    const { status, kpiId, region, ...request } = query;
    return deviationCasePage(this.dataSource, {
      phase: status ?? null,
      kpiId: kpiId ?? null,
      scope: regionFilterOf(user, region) ?? null,
      ...request,
    });
  }

  async get(user: AuthenticatedUser, caseId: string): Promise<DeviationCaseView> {
    const found = await this.visible(user, caseId);
    return { ...found, history: await caseRecords(this.dataSource, caseId) };
  }

  /** A person's step, taken by the case's workflow; the case as the step left it. */
  async step(user: AuthenticatedUser, caseId: string, request: DeviationStepRequest): Promise<DeviationCaseView> {
    const found = await this.visible(user, caseId);
    if (request.step === 'report-action-done') unknownAction(found, request.actionId);
    const step = { ...request, by: user.sub, byRoles: [...user.roles] } as DeviationStepInput;
    const handle = this.temporal.workflow.getHandle(caseId);
    const send = async (updateId: string): Promise<DeviationCaseView> => {
      try {
        await handle.executeUpdate(deviationStepUpdate, { args: [step], updateId });
      } catch (error) {
        throw workflowStepRefusal(
          request.step,
          error,
          `Deviation case ${caseId} is closed (its workflow has ended); nothing was changed`,
        );
      }
      return this.get(user, caseId);
    };
    const { answer } = await takeHumanStepThroughWorkflow(
      this.dataSource,
      {
        subjectType: 'programme-deviation',
        subjectId: caseId,
        step: request.step,
        request,
        actor: user.sub,
        summary: request.step,
        // Plans and actions recur: only a repeat of the latest step answers as before.
        series: 'deviation',
        revisable: true,
      },
      { send, leaseSeconds: this.config.IDEMPOTENCY_KEY_LEASE_S },
    );
    return answer;
  }

  /** The case when the caller may see it; 404 otherwise (a regional office learns nothing of other regions' cases). */
  private async visible(user: AuthenticatedUser, caseId: string): Promise<DeviationCase> {
    const own = regionOf(user);
    const found = await findDeviationCase(this.dataSource, caseId);
    if (!found || (own !== undefined && found.scope !== own))
      throw new NotFoundException(`Deviation case ${caseId} not found`);
    return found;
  }
}

/** 404 naming `actionId` when the case's plans never had that action (a done or superseded one is the workflow's 409). */
function unknownAction(found: DeviationCase, actionId: string): void {
  if (found.actions.some((action) => action.actionId === actionId)) return;
  const planned = found.actions.map((action) => action.actionId);
  throw new NotFoundException(
    `actionId: case ${found.caseId} has no action ${actionId} (${planned.length ? `its actions: ${planned.join(', ')}` : 'no plan recorded yet'})`,
  );
}
