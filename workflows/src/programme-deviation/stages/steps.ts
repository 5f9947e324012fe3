import type { DeviationStep, ImprovementAction } from '../programme-deviation.contract';
import type { DeviationRun } from '../run';

/** Records `step` through the programme service, then changes the workflow's state: nothing changes when the record fails. */
export async function applyStep(run: DeviationRun, step: DeviationStep): Promise<void> {
  const { state } = run;
  const { by, byRoles } = step;
  const phase = state.phase;
  switch (step.step) {
    case 'record-analysis': {
      const { rootCause, owner } = step;
      const summary = `analysis recorded: owner ${owner}`;
      await run.record({ step: step.step, by, byRoles, to: 'analysis', summary, details: { rootCause, owner } });
      state.analysis = { rootCause, owner, by };
      return run.enter('analysis', `${by}: ${summary}`);
    }
    case 'record-plan':
    case 'replan': {
      // A plan replaces the actions not done yet (all of them before implementation starts).
      const superseded = state.actions.filter((action) => action.status === 'open').map((action) => action.actionId);
      const planned = planActions(run, step.actions);
      const to = step.step === 'replan' ? 'implementation' : 'improvement-plan';
      const summary = `${step.step === 'replan' ? 'new plan after escalation' : 'improvement plan'}: ${planned.length} actions, the last due ${lastDue(planned)}`;
      const details = {
        actions: planned,
        superseded,
        ...(step.step === 'replan' && { decision: step.decision, escalation: state.escalation }),
      };
      await run.record({ step: step.step, by, byRoles, to, summary, details });
      for (const action of state.actions) if (superseded.includes(action.actionId)) action.status = 'superseded';
      state.actions.push(...planned);
      state.escalation = undefined;
      if (to === phase) {
        run.changed = true;
        return run.note(`${by}: ${summary}`);
      }
      return run.enter(to, `${by}: ${summary}`);
    }
    case 'start-implementation': {
      const summary = `implementation of ${openActions(run).length} actions started`;
      await run.record({ step: step.step, by, byRoles, to: 'implementation', summary, details: { note: step.note } });
      return run.enter('implementation', `${by}: ${summary}`);
    }
    case 'report-action-done': {
      const action = state.actions.find((candidate) => candidate.actionId === step.actionId)!;
      const remaining = openActions(run).filter((candidate) => candidate !== action);
      const to = remaining.length === 0 ? 'verification' : 'implementation';
      const summary = `action ${action.actionId} done${to === 'verification' ? '; all actions done, verification begins' : `; ${remaining.length} open`}`;
      const details = { actionId: action.actionId, description: action.description, evidence: step.evidence };
      await run.record({ step: step.step, by, byRoles, to, summary, details });
      action.status = 'done';
      action.doneAt = new Date().toISOString();
      action.doneBy = by;
      if (to === 'implementation') return run.note(`${by}: ${summary}`);
      state.periodsWithin = 0;
      return run.enter('verification', `${by}: ${summary}`);
    }
    case 'dismiss': {
      const summary = `dismissed as opened by mistake (was ${phase})`;
      await run.record({ step: step.step, by, byRoles, to: 'closed', summary, details: { reason: step.reason } });
      state.closure = { phase: 'closed', outcome: 'dismissed', closedBy: by, reason: step.reason };
      return run.enter('closed', `${by}: ${summary} (${step.reason})`);
    }
    case 'close': {
      const summary = 'closed by executive decision';
      const details = { decision: step.decision, escalation: state.escalation };
      await run.record({ step: step.step, by, byRoles, to: 'closed', summary, details });
      state.closure = { phase: 'closed', outcome: 'executive-decision', closedBy: by, decision: step.decision };
      return run.enter('closed', `${by}: ${summary} (${step.decision})`);
    }
  }
}

const openActions = (run: DeviationRun) => run.state.actions.filter((action) => action.status === 'open');

const lastDue = (actions: ImprovementAction[]) =>
  actions.map((action) => action.dueDate).reduce((last, date) => (date > last ? date : last));

/** The plan's actions, numbered after every action planned before (superseded ones keep their numbers). */
function planActions(
  run: DeviationRun,
  actions: Extract<DeviationStep, { step: 'record-plan' }>['actions'],
): ImprovementAction[] {
  const planned = run.state.actions.length;
  return actions.map((action, index) => ({ actionId: `A${planned + index + 1}`, ...action, status: 'open' as const }));
}
