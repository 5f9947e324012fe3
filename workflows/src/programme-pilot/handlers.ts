import { patched, setHandler } from '@temporalio/workflow';
import { handleStepUpdate } from '../shared/step-update';
import {
  type ApproveFinalReport,
  type PilotStep,
  approveFinalReportSchema,
  approveFinalReportUpdate,
  pilotStepSchema,
  pilotStepUpdate,
  programmePilotStateQuery,
} from './programme-pilot.contract';
import { PILOT_FINAL_REPORT_PATCH } from './programme-pilot-final-report.contract';
import { approvalRefusalOf, stepRefusalOf } from './rules';
import type { PilotRun } from './run';

const BUSY = 'Another step is being recorded on this pilot; try again';

/**
 * The state query; people's steps as one update (milestone done, a new milestone, extension,
 * cancellation) and the final report's approval as another; each validator refuses a malformed
 * step (422 naming the field) and one the stage does not allow (409 with the reason).
 */
export function handlePilotUpdates(run: PilotRun): void {
  setHandler(programmePilotStateQuery, () => run.state);
  handleStepUpdate({
    update: pilotStepUpdate,
    schema: pilotStepSchema,
    run,
    busy: BUSY,
    refusalOf: stepRefusalOf,
    apply: (step) => applyStep(run, step),
  });
  handleStepUpdate({
    update: approveFinalReportUpdate,
    schema: approveFinalReportSchema,
    run,
    busy: BUSY,
    refusalOf: approvalRefusalOf,
    apply: (approval) => approve(run, approval),
  });
}

async function applyStep(run: PilotRun, step: PilotStep): Promise<void> {
  const { state } = run;
  const person = { by: step.by, byRoles: step.byRoles };
  switch (step.step) {
    case 'complete-milestone': {
      const milestone = state.milestones.find((m) => m.milestoneId === step.milestoneId)!;
      await run.record({
        step: 'milestone-done',
        milestoneId: step.milestoneId,
        evidence: step.evidence,
        ...(step.note !== undefined && { note: step.note }),
        ...person,
      });
      milestone.status = 'done';
      run.changed = true;
      return;
    }
    case 'plan-milestone':
      await run.record({ step: 'milestone-planned', milestone: step.milestone, ...person });
      state.milestones.push({ ...step.milestone, status: 'open', reminded: false });
      run.changed = true;
      return;
    case 'extend': {
      const sequence = state.extensions + 1;
      await run.record({
        step: 'extend',
        sequence,
        previousEndsOn: state.endsOn,
        endsOn: step.endsOn,
        reason: step.reason,
        ...person,
      });
      state.endsOn = step.endsOn;
      state.extensions = sequence;
      run.changed = true;
      return;
    }
    case 'cancel':
      await run.record({ step: 'cancel', reason: step.reason, ...person });
      run.enter('cancelled');
      return;
  }
}

async function approve(run: PilotRun, approval: ApproveFinalReport): Promise<void> {
  const person = { by: approval.by, byRoles: approval.byRoles };
  // The stored report is marked approved first (refused when there is none), then the pilot closes.
  if (patched(PILOT_FINAL_REPORT_PATCH))
    await run.approveFinalReport({ ...person, ...(approval.note !== undefined && { note: approval.note }) });
  await run.record({
    step: 'final-report-approved',
    by: approval.by,
    byRoles: approval.byRoles,
    ...(approval.note !== undefined && { note: approval.note }),
  });
  run.enter('closed');
}
