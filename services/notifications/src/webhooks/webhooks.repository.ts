import { camelRow, runSql, runSqlOne, type SqlRunner } from '@aeo/persistence';
import {
  deactivateWebhookSubscription as deactivateOne,
  findSubscriptionSecrets,
  findWebhookSubscription as findOne,
  insertWebhookSubscription as insertOne,
  listActiveSubscriptionsTo,
  listWebhookSubscriptions as listMany,
  lockWebhookSubscription as lockOne,
  type IFindWebhookSubscriptionResult,
} from './webhooks.queries';
import type { EventCompany } from './company-events';

/** A platform's subscription (never its secret). */
export interface WebhookSubscriptionRecord {
  id: string;
  platform: string;
  url: string;
  eventTypes: string[];
  /** The company whose events alone it receives (an operator's administrator's subscription); null: customs-wide. */
  operatorId: string | null;
  /** That company's taxpayer id (null with operatorId). */
  taxpayerId: string | null;
  active: boolean;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

/** What the dispatcher needs of a subscription: its sealed secret and whether it is active. */
export interface SealedSubscriptionSecret {
  id: string;
  sealedSecret: string;
  active: boolean;
}

/** Where an event goes to a subscribed platform. */
export interface SubscriptionTarget {
  id: string;
  url: string;
  platform: string;
  /** Set for a company's subscription: it gets the company's view of the event (companyViewOf). */
  operatorId: string | null;
}

const toSubscription = (row: IFindWebhookSubscriptionResult): WebhookSubscriptionRecord => camelRow(row);

export async function insertWebhookSubscription(
  runner: SqlRunner,
  subscription: Pick<
    WebhookSubscriptionRecord,
    'id' | 'platform' | 'url' | 'eventTypes' | 'operatorId' | 'taxpayerId' | 'createdBy'
  > & {
    sealedSecret: string;
  },
): Promise<WebhookSubscriptionRecord> {
  const row = await runSqlOne(insertOne, { ...subscription, secret: subscription.sealedSecret }, runner);
  return toSubscription(row!);
}

/** Whose subscriptions a reader lists: those `owner` created, those of the company `operatorId` (null: no such limit). */
export interface SubscriptionListScope {
  owner: string | null;
  operatorId: string | null;
}

/** Oldest first, in the reader's scope; inactive ones only with `includeInactive`. */
export async function listWebhookSubscriptions(
  runner: SqlRunner,
  scope: SubscriptionListScope,
  includeInactive: boolean,
): Promise<WebhookSubscriptionRecord[]> {
  return (await runSql(listMany, { ...scope, includeInactive }, runner)).map(toSubscription);
}

/** The subscription, active or not; `lock`: locked for the caller's transaction. */
export async function findWebhookSubscription(
  runner: SqlRunner,
  id: string,
  lock = false,
): Promise<WebhookSubscriptionRecord | undefined> {
  return runSqlOne(lock ? lockOne : findOne, { id }, runner, toSubscription);
}

export async function deactivateWebhookSubscription(runner: SqlRunner, id: string): Promise<void> {
  await runSql(deactivateOne, { id }, runner);
}

/** The sealed secrets of the subscriptions (absent ones are missing). */
export async function findSealedSecrets(
  runner: SqlRunner,
  ids: readonly string[],
): Promise<SealedSubscriptionSecret[]> {
  return (await runSql(findSubscriptionSecrets, { ids: [...ids] }, runner)).map((row) => ({
    id: row.id,
    sealedSecret: row.secret,
    active: row.active,
  }));
}

/**
 * The active subscriptions to the event type (by name or `*`), oldest first: the customs-wide ones,
 * and those of `company` (companyOfEvent) when the event is for one, never another company's.
 */
export async function listActiveSubscriptionsToEvent(
  runner: SqlRunner,
  eventType: string,
  company: EventCompany | undefined,
): Promise<SubscriptionTarget[]> {
  const rows = await runSql(
    listActiveSubscriptionsTo,
    { eventType, operatorId: company?.operatorId ?? null, taxpayerId: company?.taxpayerId ?? null },
    runner,
  );
  return rows.map(({ operator_id, ...target }) => ({ ...target, operatorId: operator_id }));
}
