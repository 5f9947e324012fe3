import type { z } from 'zod';
import { NOTIFIED_DEFINITIONS, SUBSCRIBABLE_EVENT_TYPES } from '../routing/notified-events';
import { ROUTES, routesFor } from '../routing/routes';

/** The company an event is about: its operator (null for a pilot candidate not registered yet) and taxpayer id. */
export interface EventCompany {
  operatorId: string | null;
  taxpayerId: string | null;
}

const namesCompany = (schema: z.ZodType): boolean => {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape ?? {};
  return 'operatorId' in shape && 'taxpayerId' in shape;
};

/**
 * The event types a company's own subscription may name (and its `*` stands for): those that are
 * deliverable by webhook at all (not internal), whose data names the company (operatorId and
 * taxpayerId), and of which the routing table tells the company itself (the `operator` audience).
 * Staff-only events about a company (a risk alert, a decision falling due, a validator's reminder)
 * stay with customs: a company learns by webhook what it would learn in its inbox, nothing more.
 */
export const COMPANY_EVENT_TYPES: readonly string[] = NOTIFIED_DEFINITIONS.filter(
  (definition) =>
    SUBSCRIBABLE_EVENT_TYPES.includes(definition.type) &&
    namesCompany(definition.schema) &&
    (ROUTES[definition.type] ?? []).some((route) => route.audience === 'operator'),
).map((definition) => definition.type);

const text = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);

/**
 * The company whose subscriptions receive this event, or undefined when no company's do: a type
 * outside COMPANY_EVENT_TYPES, or an event the routing table does not tell the company of (its
 * condition, e.g. a suspension's progress of a kind meant for staff), or data naming no company.
 */
export function companyOfEvent(eventType: string, data: Record<string, unknown>): EventCompany | undefined {
  if (!COMPANY_EVENT_TYPES.includes(eventType)) return undefined;
  if (!routesFor(eventType, data).some((route) => route.audience === 'operator')) return undefined;
  const company = { operatorId: text(data['operatorId']), taxpayerId: text(data['taxpayerId']) };
  return company.operatorId || company.taxpayerId ? company : undefined;
}

/**
 * What a company's subscription never receives of an event's data: customs' risk assessment
 * (riskScore, riskRecommendation; a revalidation's `trigger`, whose source, reason, requester and id
 * tell a risk alert's recommendation, severity and the risk engine's reason, or the watchdog's or a
 * regional office's) and the customs staff who act (the validator, who decided, requested, scheduled
 * or closed): the company hears of the step, as in its inbox, not of why or who in customs took it.
 * Customs-wide subscriptions get the event as published.
 */
export const COMPANY_WITHHELD_FIELDS: readonly string[] = [
  'riskScore',
  'riskRecommendation',
  'trigger',
  'assignedValidator',
  'validator',
  'decidedBy',
  'requestedBy',
  'scheduledBy',
  'closedBy',
  'withdrawnBy',
  'by',
];

/** The event's data as a company's subscription receives it: without COMPANY_WITHHELD_FIELDS, at any depth. */
export function companyViewOf(data: unknown): unknown {
  if (Array.isArray(data)) return data.map(companyViewOf);
  if (!data || typeof data !== 'object') return data;
  return Object.fromEntries(
    Object.entries(data)
      .filter(([key]) => !COMPANY_WITHHELD_FIELDS.includes(key))
      .map(([key, value]) => [key, companyViewOf(value)]),
  );
}
