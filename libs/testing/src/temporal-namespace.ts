import { spawnSync } from 'node:child_process';
import { type Client, Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time';
import { testEnv } from './env';
import { tsScriptArgs } from './processes';

/**
 * A Temporal namespace of the test's own on the shared server, with the workflow search
 * attributes (idempotent): no activity task of another test's services lands on this test's
 * workers, nor the other way round (every service polls the same task queue names).
 */
export async function ensureTemporalNamespace(namespace: string): Promise<void> {
  const connection = await Connection.connect({ address: testEnv.temporalAddress });
  try {
    await connection.workflowService.registerNamespace({
      namespace,
      workflowExecutionRetentionPeriod: msToTs('1 day'),
    });
  } catch (error) {
    if ((error as { code?: number }).code !== 6 /* ALREADY_EXISTS */) throw error;
  } finally {
    await connection.close();
  }
  const registered = spawnSync(process.execPath, tsScriptArgs('deploy/local/temporal/register-search-attributes.ts'), {
    cwd: testEnv.repoRoot,
    env: {
      ...process.env,
      TEMPORAL_ADDRESS: testEnv.temporalAddress,
      TEMPORAL_NAMESPACE: namespace,
      TEMPORAL_WAIT_SECONDS: '60',
    },
    encoding: 'utf8',
  });
  if (registered.status !== 0) throw new Error(`search attributes of ${namespace}: ${registered.stderr}`);
}

/**
 * Ends the workflows a test started, so that none sleeps on after the test's database is gone; one
 * already closed (or never started) is passed over.
 */
export async function terminateWorkflows(client: Client | undefined, workflowIds: Iterable<string>): Promise<void> {
  for (const id of workflowIds)
    await client?.workflow
      .getHandle(id)
      .terminate('end of test')
      .catch(() => undefined);
}
