import { join } from 'node:path';
import { itReplaysRecordedHistories } from '@aeo/testing';
import { bundleWorkflows } from '../bundle';

jest.setTimeout(60_000);

/**
 * Replays recorded histories against the current workflow code: a change that would break
 * running workflows (non-determinism) fails here. Record new histories with
 * `RECORD_HISTORIES=1 npx jest workflows/src/certification/certification.workflow.spec.ts`
 * before changing the workflow, and guard changes with `patched()`.
 */
describe('certification workflow replay', () => {
  itReplaysRecordedHistories(
    join(__dirname, 'histories'),
    [
      'accepted.json',
      'deadline-notices-once-after-refused-grants.json',
      'deemed-acceptance-held-then-recorded.json',
      'deemed-acceptance.json',
      'granted.json',
      'refused-after-hearing.json',
      'refused-by-activity-then-granted.json',
      'rejected.json',
      'withdrawn-before-acceptance.json',
    ],
    bundleWorkflows,
  );
});
