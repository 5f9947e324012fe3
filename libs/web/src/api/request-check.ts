import { z } from 'zod';
import type { TFunction } from 'i18next';
import { hasControlCharacter } from '../search-params';
import { ApiError } from './clients';
import applications from './generated/applications.requests.json';
import mra from './generated/mra.requests.json';
import notifications from './generated/notifications.requests.json';
import operations from './generated/operations.requests.json';
import programme from './generated/programme.requests.json';
import validation from './generated/validation.requests.json';

/**
 * The request bodies' JSON schemas of each service, as its OpenAPI document states them (which
 * the service generates from the zod schemas it validates with): `npm run openapi` writes them.
 */
const REQUEST_SCHEMAS: Record<string, Record<string, unknown>> = {
  applications,
  mra,
  notifications,
  operations,
  programme,
  validation,
};
const compiled = new Map<string, z.ZodType>();

/** The issue's words in the person's language (zod has no Mongolian locale). */
function describe(issue: z.core.$ZodRawIssue, t: TFunction): string {
  if (issue.input === undefined && issue.code !== 'unrecognized_keys') return t('check.required');
  switch (issue.code) {
    case 'too_small':
      // A text of only spaces (the dialogs send it trimmed): blank, not 'at least 1 character'.
      if (issue.origin === 'string' && typeof issue.input === 'string' && !issue.input.trim())
        return t('fieldCheck.blank');
      return issue.origin === 'array'
        ? t('check.fewItems', { count: Number(issue.minimum) })
        : issue.origin === 'string'
          ? t('check.short', { count: Number(issue.minimum) })
          : t('check.small', { minimum: Number(issue.minimum) });
    case 'too_big':
      return issue.origin === 'array'
        ? t('check.manyItems', { count: Number(issue.maximum) })
        : issue.origin === 'string'
          ? t('check.long', { count: Number(issue.maximum) })
          : t('check.big', { maximum: Number(issue.maximum) });
    case 'invalid_type':
      return t('check.type');
    case 'invalid_value':
      return t('check.oneOf', { values: issue.values.map(String).join(', ') });
    case 'invalid_format':
      // The services' texts refuse NUL (pattern ^[^\u0000]*$): say what is wrong with the text.
      return typeof issue.input === 'string' && hasControlCharacter(issue.input)
        ? t('fieldCheck.control')
        : t('check.format');
    case 'unrecognized_keys':
      return t('check.unknown', { keys: issue.keys.join(', ') });
    default:
      return t('check.invalid');
  }
}

/**
 * Checks a body against its operation's request schema before it is sent; the refusal is an
 * ApiError (422) naming each field as the service would, so the form shows it beside the field.
 */
export function checkRequest(service: string, operation: string, body: unknown, t: TFunction): void {
  const key = `${service} ${operation}`;
  let schema = compiled.get(key);
  if (!schema) {
    const json = REQUEST_SCHEMAS[service]?.[operation];
    if (!json) throw new Error(`No request schema for ${key} (run npm run openapi)`);
    schema = z.fromJSONSchema(json as Parameters<typeof z.fromJSONSchema>[0]);
    compiled.set(key, schema);
  }
  const result = schema.safeParse(body, { error: (issue) => describe(issue, t) });
  if (result.success) return;
  const issues = result.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`);
  throw new ApiError(422, { statusCode: 422, error: t('check.title'), message: issues.join('; '), issues }, true);
}
