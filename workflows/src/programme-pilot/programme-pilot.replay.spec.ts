import { join } from 'node:path';
import { itReplaysRecordedHistories } from '@aeo/testing';
import { bundleWorkflows } from '../bundle';

jest.setTimeout(60_000);

/**
 * Replays recorded pilot histories (milestones reminded, late, escalated and done; a pilot
 * scheduled, extended, ended and its final report approved, from before the workflow made the
 * report and with it (patch `pilot-final-report`); one whose report awaited approval long enough to
 * be reminded of and escalated (patch `pilot-final-report-approval-reminders`); one whose follow-ups
 * were refused for good, retried and given up (patch `pilot-final-report-follow-up-retry`); the run
 * after a continue-as-new that began with the reminder's retry pending; one cancelled) against the current
 * code, as a worker restarting on them would. Record new ones with
 * `RECORD_HISTORIES=1 npx jest workflows/src/programme-pilot/programme-pilot.workflow.spec.ts`
 * before changing the workflow, and guard changes with `patched()`.
 */
describe('programme pilot workflow replay', () => {
  itReplaysRecordedHistories(
    join(__dirname, 'histories'),
    [
      'cancelled.json',
      'ended-approval-follow-up-retry-carried-over.json',
      'ended-approval-follow-ups-refused-retried.json',
      'ended-approval-reminded-escalated.json',
      'extended-ended-approved.json',
      'extended-ended-reported-approved.json',
      'milestones-reminded-late-escalated.json',
    ],
    bundleWorkflows,
  );
});
