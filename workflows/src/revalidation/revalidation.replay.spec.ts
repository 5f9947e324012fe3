import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from '@temporalio/worker';
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
  const directory = join(__dirname, 'histories');
  const histories = readdirSync(directory).filter((file) => file.endsWith('.json'));

  it('has recorded histories to replay', () => {
    expect(histories.sort()).toEqual(['action-refused-then-applied.json', 'one-cycle-confirmed.json', 'revoked-after-suspension.json', 'suspension-reinstated.json']);
  });

  it.each(histories)('replays %s deterministically', async (file) => {
    const workflowBundle = await bundleWorkflows();
    const history = JSON.parse(readFileSync(join(directory, file), 'utf8'));
    await expect(Worker.runReplayHistory({ workflowBundle }, history, `replay-${file}`)).resolves.toBeUndefined();
  });
});
