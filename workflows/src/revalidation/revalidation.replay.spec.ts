import { join } from 'node:path';
import { itReplaysRecordedHistories } from '@aeo/testing';
import { bundleWorkflows } from '../bundle';

jest.setTimeout(60_000);

/**
 * Replays recorded revalidation histories (a confirmed cycle ending in continue-as-new, a
 * suspension with reinstatement, a revocation, an action refused by its activity then applied)
 * against the current code. Record new ones with
 * `RECORD_HISTORIES=1 npx jest workflows/src/revalidation/revalidation.workflow.spec.ts` before
 * changing the workflow, and guard changes with `patched()`.
 */
describe('revalidation workflow replay', () => {
  itReplaysRecordedHistories(
    join(__dirname, 'histories'),
    [
      'action-refused-then-applied.json',
      'one-cycle-confirmed.json',
      'revoked-after-suspension.json',
      'suspension-reinstated.json',
    ],
    bundleWorkflows,
  );
});
