import type { Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time';
import { temporal } from '@temporalio/proto';
import { waitFor } from '@aeo/testing';
import { SEARCH_ATTRIBUTES } from '@aeo/workflows';

/**
 * Creates a Temporal namespace of a test's own, with the platform's search attributes, and waits
 * until it can be used: the task queues of the default namespace are shared by every test process.
 */
export async function ensureTestNamespace(connection: Connection, namespace: string, timeoutMs = 60_000): Promise<void> {
  await connection.workflowService.registerNamespace({ namespace, workflowExecutionRetentionPeriod: msToTs('1 day') }).catch((error: { code?: number }) => {
    if (error.code !== 6) throw error; // ALREADY_EXISTS
  });
  const types: Record<string, temporal.api.enums.v1.IndexedValueType> = { Keyword: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD, Datetime: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_DATETIME };
  await waitFor('the test namespace with its search attributes', async () => {
    const existing = (await connection.operatorService.listSearchAttributes({ namespace }).catch(() => undefined))?.customAttributes;
    if (!existing) return undefined;
    const missing = Object.entries(SEARCH_ATTRIBUTES).filter(([name]) => !(name in existing));
    if (missing.length === 0) return true;
    await connection.operatorService.addSearchAttributes({ namespace, searchAttributes: Object.fromEntries(missing.map(([name, type]) => [name, types[type]])) }).catch(() => undefined);
    return undefined;
  }, timeoutMs, 1000);
}
