import { join } from 'node:path';
import { itReplaysRecordedHistories } from '@aeo/testing';
import { bundleWorkflows } from '../bundle';

jest.setTimeout(60_000);

/**
 * Replays recorded pilot invitations (accepted after two comments, declined and replaced, expired
 * after a comment, withdrawn when its pilot was over, ended before its invitation because the service
 * had withdrawn the candidate) against the current code, as a worker restarting on them would. Record new ones
 * with `RECORD_HISTORIES=1 npx jest workflows/src/programme-pilot-invitation/programme-pilot-invitation.workflow.spec.ts`
 * before changing the workflow, and guard changes with `patched()`.
 */
describe('pilot invitation workflow replay', () => {
  itReplaysRecordedHistories(
    join(__dirname, 'histories'),
    ['accepted.json', 'declined-replaced.json', 'expired.json', 'moved-before-invite.json', 'pilot-over.json'],
    bundleWorkflows,
  );
});
