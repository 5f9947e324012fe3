import { join } from 'node:path';
import { itReplaysRecordedHistories } from '@aeo/testing';
import { bundleWorkflows } from '../bundle';

jest.setTimeout(60_000);

/**
 * Replays recorded deviation-case histories (a case closed after the KPI recovered, one
 * escalated twice, re-planned and closed by decision, refused steps, one dismissed) against the current code,
 * as a worker restarting on them would. `steps-accepted-before-limits.json` is the escalated case with
 * steps as the API took them before the limits were tightened (a 4500-character root cause, evidence and
 * decisions, 1500-character action descriptions): the update's handler re-runs on replay and must take them. Record new ones with
 * `RECORD_HISTORIES=1 npx jest workflows/src/programme-deviation/programme-deviation.workflow.spec.ts`
 * before changing the workflow, and guard changes with `patched()`.
 */
describe('programme deviation workflow replay', () => {
  itReplaysRecordedHistories(
    join(__dirname, 'histories'),
    [
      'dismissed.json',
      'escalated-replanned-closed.json',
      'recovered-closed.json',
      'refused-steps.json',
      'steps-accepted-before-limits.json',
    ],
    bundleWorkflows,
  );
});
