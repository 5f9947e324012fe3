import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from '@temporalio/worker';
import { bundleWorkflows } from '../bundle';

jest.setTimeout(60_000);

/**
 * Replays recorded histories against the current workflow code: a change that would break
 * running workflows (non-determinism) fails here. Record new histories with
 * `RECORD_HISTORIES=1 npx jest workflows/src/certification/certification.workflow.spec.ts`
 * before changing the workflow, and guard changes with `patched()`.
 */
describe('certification workflow replay', () => {
  const directory = join(__dirname, 'histories');
  const histories = readdirSync(directory).filter((file) => file.endsWith('.json'));

  it('has recorded histories to replay', () => {
    expect(histories.sort()).toEqual([
      'accepted.json',
      'deadline-notices-once-after-refused-grants.json',
      'deemed-acceptance-held-then-recorded.json',
      'deemed-acceptance.json',
      'granted.json',
      'refused-after-hearing.json',
      'refused-by-activity-then-granted.json',
      'rejected.json',
    ]);
  });

  it.each(histories)('replays %s deterministically', async (file) => {
    const workflowBundle = await bundleWorkflows();
    const history = JSON.parse(readFileSync(join(directory, file), 'utf8'));
    await expect(Worker.runReplayHistory({ workflowBundle }, history, `replay-${file}`)).resolves.toBeUndefined();
  });
});
