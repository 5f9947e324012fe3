import { z } from 'zod';
import { safeText, textMatching } from './events/common';

/** Legal-entity taxpayer identifiers; Mongolia's register numbers have 7 digits. */
export const DEFAULT_TAXPAYER_ID_PATTERN = '^[0-9]{7}$';

/**
 * `TAXPAYER_ID_PATTERN`, the programme's taxpayer id format (a regular expression): every service
 * that takes a taxpayer id reads this one variable, so they all accept the same ids.
 */
export const taxpayerIdPatternEnv = safeText.default(DEFAULT_TAXPAYER_ID_PATTERN).refine((pattern) => {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}, 'must be a regular expression');

/**
 * An operator's taxpayer id in the programme's format: the one schema for every API that takes
 * one (operator registration, the AEO status look-up). Its message names the format.
 */
export function programmeTaxpayerId(pattern: string, options: { trim?: boolean } = { trim: true }) {
  // The programme's pattern alone in the documents (with the safe-text rule still enforced).
  return textMatching(new RegExp(pattern), `does not match the programme's format ${pattern}`, options).min(1).max(32);
}

/**
 * A consumer's rules (`rules` of `on` and `onBatch`) for an event's taxpayer ids: each named field
 * in the programme's format (`TAXPAYER_ID_PATTERN`), an id with a hidden character refused (it
 * would be another, look-alike trader). An event breaking them is dead-lettered with the field
 * named. The rules see the data as its contract parsed it: the contracts' taxpayer ids are
 * trimmed (`safeText.trim()`), so white space around an id is gone before they check it.
 */
export function taxpayerIdRules<F extends string>(pattern: string, fields: readonly F[]) {
  const taxpayerId = programmeTaxpayerId(pattern, { trim: false });
  return z.object(Object.fromEntries(fields.map((field) => [field, taxpayerId])) as Record<F, typeof taxpayerId>);
}
