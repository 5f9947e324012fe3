import { join } from 'node:path';
import { itReplaysRecordedHistories } from '@aeo/testing';
import { bundleWorkflows } from '../bundle';

jest.setTimeout(60_000);

/**
 * Replays recorded arrangement histories (a walk to operational with its reminders and a review
 * continuing as new, a suspension and resumption across a worker restart, refused steps) against
 * the current code, as a worker restarting on them would. Record new ones with
 * `RECORD_HISTORIES=1 npx jest workflows/src/mra-arrangement/mra-arrangement.workflow.spec.ts`
 * before changing the workflow, and guard changes with `patched()`.
 */
describe('MRA arrangement workflow replay', () => {
  itReplaysRecordedHistories(
    join(__dirname, 'histories'),
    ['operational-reviewed.json', 'refused-then-advanced.json', 'suspended-resumed.json'],
    bundleWorkflows,
  );
});
