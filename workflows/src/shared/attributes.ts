import type { SearchAttributeUpdatePair } from '@temporalio/common';
import { upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import { SEARCH_ATTRIBUTE_KEYS } from '../search-attributes';

/**
 * Upserts the workflow's search attributes, only when its starter registered ours (it sets the
 * stage at start; the time-skipping test server has none).
 */
export function upsertRegisteredAttributes(updates: SearchAttributeUpdatePair[]): void {
  if (workflowInfo().typedSearchAttributes.get(SEARCH_ATTRIBUTE_KEYS.stage) !== undefined)
    upsertSearchAttributes(updates);
}
