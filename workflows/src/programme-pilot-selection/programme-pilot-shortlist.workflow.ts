import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import { activityOptions } from '../shared/activities';
import { parseWorkflowInput } from '../shared/input';
import { TASK_QUEUES } from '../shared/task-queues';
import {
  type PilotCandidateRankingActivities,
  type PilotShortlistActivities,
  type PilotShortlistInput,
  type PilotShortlistResult,
  pilotShortlistInputSchema,
} from './programme-pilot-shortlist.contract';

const risk = proxyActivities<PilotCandidateRankingActivities>(activityOptions(TASK_QUEUES.riskManagement, '1 minute'));
const programme = proxyActivities<PilotShortlistActivities>(activityOptions(TASK_QUEUES.programme));

/**
 * One shortlist of a pilot (`pilot-shortlist-<pilotId>-<n>`): the risk engine ranks the
 * candidates, the programme records them with the weights, window and exclusions used.
 */
export async function programmePilotShortlistWorkflow(rawInput: PilotShortlistInput): Promise<PilotShortlistResult> {
  const input = parseWorkflowInput(pilotShortlistInputSchema, rawInput, 'pilot shortlist');
  const ranking = await risk.rankPilotCandidates(input.request);
  const { shortlistId } = await programme.recordPilotShortlist({
    workflowId: workflowInfo().workflowId,
    pilotId: input.pilotId,
    sequence: input.sequence,
    by: input.by,
    byRoles: input.byRoles,
    request: input.request,
    ranking,
  });
  return { shortlistId, candidates: ranking.candidates.length, excluded: ranking.excluded.length };
}
