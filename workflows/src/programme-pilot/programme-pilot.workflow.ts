import { allHandlersFinished, condition, continueAsNew } from '@temporalio/workflow';
import { parseWorkflowInput } from '../shared/input';
import { followPilot } from './follow';
import { handlePilotUpdates } from './handlers';
import {
  type ProgrammePilotInput,
  type ProgrammePilotResult,
  programmePilotInputSchema,
} from './programme-pilot.contract';
import { PilotRun } from './run';

/**
 * One pilot (`pilot-<pilotId>`, never started twice), started by the policy unit: waits for the
 * start date (`scheduled`), runs to the end date (`running`; an executive's extension, an update
 * validated here and recorded by the programme service, moves it), reminds each milestone's owner
 * `reminderDays` before it is due, marks it late after its due date and escalates it to executives
 * `escalationGraceDays` later unless it is reported done (an update from the API, with evidence);
 * after the end date the pilot has ended (`awaiting-final-report`): the programme service makes and
 * stores its final report (an activity), and the workflow waits for an executive's
 * `approveFinalReport`, which marks the stored report approved; then it closes.
 * Cancelled at any point before the end. Every step is recorded by the programme service (row,
 * audit, event) before the state changes. Continues as new when its history grows long.
 */
export async function programmePilotWorkflow(rawInput: ProgrammePilotInput): Promise<ProgrammePilotResult> {
  const input = parseWorkflowInput(programmePilotInputSchema, rawInput, 'programme pilot');
  const run = new PilotRun(input);
  handlePilotUpdates(run);
  const followed = await followPilot(run);
  await condition(allHandlersFinished);
  if (followed === 'continue-as-new' && !run.finished)
    return continueAsNew<typeof programmePilotWorkflow>(run.carryOver());
  return { pilotId: input.pilotId, outcome: run.state.stage === 'cancelled' ? 'cancelled' : 'closed' };
}
