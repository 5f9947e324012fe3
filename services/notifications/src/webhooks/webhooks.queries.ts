/** Types generated for queries found in "services/notifications/src/webhooks/webhooks.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type stringArray = (string)[];

/** 'InsertWebhookSubscription' parameters type */
export interface IInsertWebhookSubscriptionParams {
  createdBy: string;
  eventTypes: stringArray;
  id: string;
  platform: string;
  secret: string;
  url: string;
}

/** 'InsertWebhookSubscription' return type */
export interface IInsertWebhookSubscriptionResult {
  active: boolean;
  created_at: Date;
  created_by: string;
  event_types: stringArray;
  id: string;
  platform: string;
  updated_at: Date;
  url: string;
}

/** 'InsertWebhookSubscription' query type */
export interface IInsertWebhookSubscriptionQuery {
  params: IInsertWebhookSubscriptionParams;
  result: IInsertWebhookSubscriptionResult;
}

const insertWebhookSubscriptionIR: any = {"usedParamSet":{"id":true,"platform":true,"url":true,"eventTypes":true,"secret":true,"createdBy":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":95,"b":98}]},{"name":"platform","required":true,"transform":{"type":"scalar"},"locs":[{"a":101,"b":110}]},{"name":"url","required":true,"transform":{"type":"scalar"},"locs":[{"a":113,"b":117}]},{"name":"eventTypes","required":true,"transform":{"type":"scalar"},"locs":[{"a":120,"b":131}]},{"name":"secret","required":true,"transform":{"type":"scalar"},"locs":[{"a":134,"b":141}]},{"name":"createdBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":144,"b":154}]}],"statement":"INSERT INTO webhook_subscriptions (id, platform, url, event_types, secret, created_by) VALUES (:id!, :platform!, :url!, :eventTypes!, :secret!, :createdBy!)\nRETURNING id, platform, url, event_types, active, created_by, created_at, updated_at"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO webhook_subscriptions (id, platform, url, event_types, secret, created_by) VALUES (:id!, :platform!, :url!, :eventTypes!, :secret!, :createdBy!)
 * RETURNING id, platform, url, event_types, active, created_by, created_at, updated_at
 * ```
 */
export const insertWebhookSubscription = new PreparedQuery<IInsertWebhookSubscriptionParams,IInsertWebhookSubscriptionResult>(insertWebhookSubscriptionIR);


/** 'ListWebhookSubscriptions' parameters type */
export interface IListWebhookSubscriptionsParams {
  includeInactive: boolean;
  owner?: string | null | void;
}

/** 'ListWebhookSubscriptions' return type */
export interface IListWebhookSubscriptionsResult {
  active: boolean;
  created_at: Date;
  created_by: string;
  event_types: stringArray;
  id: string;
  platform: string;
  updated_at: Date;
  url: string;
}

/** 'ListWebhookSubscriptions' query type */
export interface IListWebhookSubscriptionsQuery {
  params: IListWebhookSubscriptionsParams;
  result: IListWebhookSubscriptionsResult;
}

const listWebhookSubscriptionsIR: any = {"usedParamSet":{"owner":true,"includeInactive":true},"params":[{"name":"owner","required":false,"transform":{"type":"scalar"},"locs":[{"a":117,"b":122},{"a":154,"b":159}]},{"name":"includeInactive","required":true,"transform":{"type":"scalar"},"locs":[{"a":177,"b":193}]}],"statement":"SELECT id, platform, url, event_types, active, created_by, created_at, updated_at FROM webhook_subscriptions\n WHERE (:owner::text IS NULL OR created_by = :owner) AND (active OR :includeInactive!::boolean) ORDER BY created_at"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, platform, url, event_types, active, created_by, created_at, updated_at FROM webhook_subscriptions
 *  WHERE (:owner::text IS NULL OR created_by = :owner) AND (active OR :includeInactive!::boolean) ORDER BY created_at
 * ```
 */
export const listWebhookSubscriptions = new PreparedQuery<IListWebhookSubscriptionsParams,IListWebhookSubscriptionsResult>(listWebhookSubscriptionsIR);


/** 'FindWebhookSubscription' parameters type */
export interface IFindWebhookSubscriptionParams {
  id: string;
}

/** 'FindWebhookSubscription' return type */
export interface IFindWebhookSubscriptionResult {
  active: boolean;
  created_at: Date;
  created_by: string;
  event_types: stringArray;
  id: string;
  platform: string;
  updated_at: Date;
  url: string;
}

/** 'FindWebhookSubscription' query type */
export interface IFindWebhookSubscriptionQuery {
  params: IFindWebhookSubscriptionParams;
  result: IFindWebhookSubscriptionResult;
}

const findWebhookSubscriptionIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":120,"b":123}]}],"statement":"SELECT id, platform, url, event_types, active, created_by, created_at, updated_at FROM webhook_subscriptions WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, platform, url, event_types, active, created_by, created_at, updated_at FROM webhook_subscriptions WHERE id = :id!
 * ```
 */
export const findWebhookSubscription = new PreparedQuery<IFindWebhookSubscriptionParams,IFindWebhookSubscriptionResult>(findWebhookSubscriptionIR);


/** 'LockWebhookSubscription' parameters type */
export interface ILockWebhookSubscriptionParams {
  id: string;
}

/** 'LockWebhookSubscription' return type */
export interface ILockWebhookSubscriptionResult {
  active: boolean;
  created_at: Date;
  created_by: string;
  event_types: stringArray;
  id: string;
  platform: string;
  updated_at: Date;
  url: string;
}

/** 'LockWebhookSubscription' query type */
export interface ILockWebhookSubscriptionQuery {
  params: ILockWebhookSubscriptionParams;
  result: ILockWebhookSubscriptionResult;
}

const lockWebhookSubscriptionIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":120,"b":123}]}],"statement":"SELECT id, platform, url, event_types, active, created_by, created_at, updated_at FROM webhook_subscriptions WHERE id = :id! FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, platform, url, event_types, active, created_by, created_at, updated_at FROM webhook_subscriptions WHERE id = :id! FOR UPDATE
 * ```
 */
export const lockWebhookSubscription = new PreparedQuery<ILockWebhookSubscriptionParams,ILockWebhookSubscriptionResult>(lockWebhookSubscriptionIR);


/** 'DeactivateWebhookSubscription' parameters type */
export interface IDeactivateWebhookSubscriptionParams {
  id: string;
}

/** 'DeactivateWebhookSubscription' return type */
export type IDeactivateWebhookSubscriptionResult = void;

/** 'DeactivateWebhookSubscription' query type */
export interface IDeactivateWebhookSubscriptionQuery {
  params: IDeactivateWebhookSubscriptionParams;
  result: IDeactivateWebhookSubscriptionResult;
}

const deactivateWebhookSubscriptionIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":79,"b":82}]}],"statement":"UPDATE webhook_subscriptions SET active = false, updated_at = now() WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE webhook_subscriptions SET active = false, updated_at = now() WHERE id = :id!
 * ```
 */
export const deactivateWebhookSubscription = new PreparedQuery<IDeactivateWebhookSubscriptionParams,IDeactivateWebhookSubscriptionResult>(deactivateWebhookSubscriptionIR);


/** 'FindSubscriptionSecrets' parameters type */
export interface IFindSubscriptionSecretsParams {
  ids: stringArray;
}

/** 'FindSubscriptionSecrets' return type */
export interface IFindSubscriptionSecretsResult {
  active: boolean;
  id: string;
  secret: string;
}

/** 'FindSubscriptionSecrets' query type */
export interface IFindSubscriptionSecretsQuery {
  params: IFindSubscriptionSecretsParams;
  result: IFindSubscriptionSecretsResult;
}

const findSubscriptionSecretsIR: any = {"usedParamSet":{"ids":true},"params":[{"name":"ids","required":true,"transform":{"type":"scalar"},"locs":[{"a":69,"b":73}]}],"statement":"SELECT id, secret, active FROM webhook_subscriptions WHERE id = ANY (:ids!::uuid[])"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, secret, active FROM webhook_subscriptions WHERE id = ANY (:ids!::uuid[])
 * ```
 */
export const findSubscriptionSecrets = new PreparedQuery<IFindSubscriptionSecretsParams,IFindSubscriptionSecretsResult>(findSubscriptionSecretsIR);


/** 'ListActiveSubscriptionsTo' parameters type */
export interface IListActiveSubscriptionsToParams {
  eventType: string;
}

/** 'ListActiveSubscriptionsTo' return type */
export interface IListActiveSubscriptionsToResult {
  id: string;
  platform: string;
  url: string;
}

/** 'ListActiveSubscriptionsTo' query type */
export interface IListActiveSubscriptionsToQuery {
  params: IListActiveSubscriptionsToParams;
  result: IListActiveSubscriptionsToResult;
}

const listActiveSubscriptionsToIR: any = {"usedParamSet":{"eventType":true},"params":[{"name":"eventType","required":true,"transform":{"type":"scalar"},"locs":[{"a":70,"b":80}]}],"statement":"SELECT id, url, platform FROM webhook_subscriptions WHERE active AND (:eventType!::text = ANY (event_types) OR '*' = ANY (event_types)) ORDER BY created_at"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, url, platform FROM webhook_subscriptions WHERE active AND (:eventType!::text = ANY (event_types) OR '*' = ANY (event_types)) ORDER BY created_at
 * ```
 */
export const listActiveSubscriptionsTo = new PreparedQuery<IListActiveSubscriptionsToParams,IListActiveSubscriptionsToResult>(listActiveSubscriptionsToIR);


