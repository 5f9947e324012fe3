import { patched } from '@temporalio/workflow';
import { parseWorkflowInput } from '../shared/input';
import { CertificationInput, CertificationResult, certificationInputSchema } from './certification.contract';
import { DecisionDeadlineWatch } from './deadline';
import { handleQueriesSignalsAndUpdates } from './handlers';
import { CertificationRun } from './run';
import { acceptance } from './stages/acceptance';
import { assessment } from './stages/assessment';
import { decision } from './stages/decision';

export { DEADLINE_NOTICES_ONCE_PATCH } from './deadline';
export { DEEMED_ACCEPTANCE_HELD_PATCH } from './stages/acceptance';

/** Marks the change from the first slice (which ended at acceptance) to the whole process. */
export const FULL_PROCESS_PATCH = 'certification-full-process';

/**
 * Certification of one application, from submission to a published grant or refusal. Each stage
 * is a module of `stages/`, a function of the certification's state (`CertificationRun`):
 *
 * 1. `acceptance`: customs accepts or rejects within the acceptance period, or the application
 *    is deemed accepted (EU UCC); the decision period starts at acceptance;
 * 2. `assessment`: the risk management service's assessment of the operator; then 3. validation:
 *    the validation service opens a case and its report is awaited, with a reminder before and an
 *    escalation after the report's due date;
 * 4. `decision`: an executive grants, refuses, or extends the decision period once (Temporal
 *    update, checked by its validator); "decision due" and "decision overdue" go out on time
 *    (`DecisionDeadlineWatch`);
 * 5. before a refusal, the right to be heard: the operator may comment on the grounds within the
 *    hearing period; then the final decision (grant or refuse);
 * 6. a grant enters the authorisation in the register, effective after the effect period.
 *
 * A withdrawal (signalled by the applications service after it recorded it) ends the process at
 * any stage before the decision. Every stage is in the query, the history and the `AeoStage`
 * search attribute. A decision or an acceptance whose activity fails for good (data no retry can
 * fix) is refused with the reason (the update fails) or noted, operations are alerted, and the
 * workflow waits at the same stage for the next one; a deemed acceptance is recorded again later.
 */
export async function certificationWorkflow(rawInput: CertificationInput): Promise<CertificationResult> {
  const input = parseWorkflowInput(certificationInputSchema, rawInput, 'certification');
  const run = new CertificationRun(input);
  handleQueriesSignalsAndUpdates(run);
  const accepted = await acceptance(run);
  if (accepted.outcome !== 'accepted') return accepted;
  // Workflows started by the first slice ended here; their histories must replay unchanged.
  if (!patched(FULL_PROCESS_PATCH)) return accepted;
  run.deadline = new DecisionDeadlineWatch(run);
  try {
    return (await assessment(run)) ?? (await decision(run, accepted.deemed));
  } finally {
    run.deadline.close();
  }
}
