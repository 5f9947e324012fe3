/** Types generated for queries found in "services/notifications/src/webhooks/webhooks.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type stringArray = (string)[];

/** 'InsertWebhookSubscription' parameters type */
export interface IInsertWebhookSubscriptionParams {
  createdBy: string;
  eventTypes: stringArray;
  id: string;
  operatorId?: string | null | void;
  platform: string;
  secret: string;
  taxpayerId?: string | null | void;
  url: string;
}

/** 'InsertWebhookSubscription' return type */
export interface IInsertWebhookSubscriptionResult {
  active: boolean;
  created_at: Date;
  created_by: string;
  event_types: stringArray;
  id: string;
  operator_id: string | null;
  platform: string;
  taxpayer_id: string | null;
  updated_at: Date;
  url: string;
}

/** 'InsertWebhookSubscription' query type */
export interface IInsertWebhookSubscriptionQuery {
  params: IInsertWebhookSubscriptionParams;
  result: IInsertWebhookSubscriptionResult;
}

const insertWebhookSubscriptionIR: any = {"usedParamSet":{"id":true,"platform":true,"url":true,"eventTypes":true,"secret":true,"createdBy":true,"operatorId":true,"taxpayerId":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":121,"b":124}]},{"name":"platform","required":true,"transform":{"type":"scalar"},"locs":[{"a":127,"b":136}]},{"name":"url","required":true,"transform":{"type":"scalar"},"locs":[{"a":139,"b":143}]},{"name":"eventTypes","required":true,"transform":{"type":"scalar"},"locs":[{"a":146,"b":157}]},{"name":"secret","required":true,"transform":{"type":"scalar"},"locs":[{"a":160,"b":167}]},{"name":"createdBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":170,"b":180}]},{"name":"operatorId","required":false,"transform":{"type":"scalar"},"locs":[{"a":183,"b":193}]},{"name":"taxpayerId","required":false,"transform":{"type":"scalar"},"locs":[{"a":196,"b":206}]}],"statement":"INSERT INTO webhook_subscriptions (id, platform, url, event_types, secret, created_by, operator_id, taxpayer_id) VALUES (:id!, :platform!, :url!, :eventTypes!, :secret!, :createdBy!, :operatorId, :taxpayerId)\nRETURNING id, platform, url, event_types, operator_id, taxpayer_id, active, created_by, created_at, updated_at"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO webhook_subscriptions (id, platform, url, event_types, secret, created_by, operator_id, taxpayer_id) VALUES (:id!, :platform!, :url!, :eventTypes!, :secret!, :createdBy!, :operatorId, :taxpayerId)
 * RETURNING id, platform, url, event_types, operator_id, taxpayer_id, active, created_by, created_at, updated_at
 * ```
 */
export const insertWebhookSubscription = new PreparedQuery<IInsertWebhookSubscriptionParams,IInsertWebhookSubscriptionResult>(insertWebhookSubscriptionIR);


/** 'ListWebhookSubscriptions' parameters type */
export interface IListWebhookSubscriptionsParams {
  includeInactive: boolean;
  operatorId?: string | null | void;
  owner?: string | null | void;
}

/** 'ListWebhookSubscriptions' return type */
export interface IListWebhookSubscriptionsResult {
  active: boolean;
  created_at: Date;
  created_by: string;
  event_types: stringArray;
  id: string;
  operator_id: string | null;
  platform: string;
  taxpayer_id: string | null;
  updated_at: Date;
  url: string;
}

/** 'ListWebhookSubscriptions' query type */
export interface IListWebhookSubscriptionsQuery {
  params: IListWebhookSubscriptionsParams;
  result: IListWebhookSubscriptionsResult;
}

const listWebhookSubscriptionsIR: any = {"usedParamSet":{"owner":true,"operatorId":true,"includeInactive":true},"params":[{"name":"owner","required":false,"transform":{"type":"scalar"},"locs":[{"a":143,"b":148},{"a":180,"b":185}]},{"name":"operatorId","required":false,"transform":{"type":"scalar"},"locs":[{"a":193,"b":203},{"a":236,"b":246}]},{"name":"includeInactive","required":true,"transform":{"type":"scalar"},"locs":[{"a":267,"b":283}]}],"statement":"SELECT id, platform, url, event_types, operator_id, taxpayer_id, active, created_by, created_at, updated_at FROM webhook_subscriptions\n WHERE (:owner::text IS NULL OR created_by = :owner) AND (:operatorId::uuid IS NULL OR operator_id = :operatorId)\n   AND (active OR :includeInactive!::boolean) ORDER BY created_at"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, platform, url, event_types, operator_id, taxpayer_id, active, created_by, created_at, updated_at FROM webhook_subscriptions
 *  WHERE (:owner::text IS NULL OR created_by = :owner) AND (:operatorId::uuid IS NULL OR operator_id = :operatorId)
 *    AND (active OR :includeInactive!::boolean) ORDER BY created_at
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
  operator_id: string | null;
  platform: string;
  taxpayer_id: string | null;
  updated_at: Date;
  url: string;
}

/** 'FindWebhookSubscription' query type */
export interface IFindWebhookSubscriptionQuery {
  params: IFindWebhookSubscriptionParams;
  result: IFindWebhookSubscriptionResult;
}

const findWebhookSubscriptionIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":146,"b":149}]}],"statement":"SELECT id, platform, url, event_types, operator_id, taxpayer_id, active, created_by, created_at, updated_at FROM webhook_subscriptions WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, platform, url, event_types, operator_id, taxpayer_id, active, created_by, created_at, updated_at FROM webhook_subscriptions WHERE id = :id!
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
  operator_id: string | null;
  platform: string;
  taxpayer_id: string | null;
  updated_at: Date;
  url: string;
}

/** 'LockWebhookSubscription' query type */
export interface ILockWebhookSubscriptionQuery {
  params: ILockWebhookSubscriptionParams;
  result: ILockWebhookSubscriptionResult;
}

const lockWebhookSubscriptionIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":146,"b":149}]}],"statement":"SELECT id, platform, url, event_types, operator_id, taxpayer_id, active, created_by, created_at, updated_at FROM webhook_subscriptions WHERE id = :id! FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, platform, url, event_types, operator_id, taxpayer_id, active, created_by, created_at, updated_at FROM webhook_subscriptions WHERE id = :id! FOR UPDATE
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
  operatorId?: string | null | void;
  taxpayerId?: string | null | void;
}

/** 'ListActiveSubscriptionsTo' return type */
export interface IListActiveSubscriptionsToResult {
  id: string;
  operator_id: string | null;
  platform: string;
  url: string;
}

/** 'ListActiveSubscriptionsTo' query type */
export interface IListActiveSubscriptionsToQuery {
  params: IListActiveSubscriptionsToParams;
  result: IListActiveSubscriptionsToResult;
}

const listActiveSubscriptionsToIR: any = {"usedParamSet":{"eventType":true,"operatorId":true,"taxpayerId":true},"params":[{"name":"eventType","required":true,"transform":{"type":"scalar"},"locs":[{"a":331,"b":341}]},{"name":"operatorId","required":false,"transform":{"type":"scalar"},"locs":[{"a":442,"b":452},{"a":464,"b":474}]},{"name":"taxpayerId","required":false,"transform":{"type":"scalar"},"locs":[{"a":508,"b":518}]}],"statement":"-- The customs-wide subscriptions, and those of the company the event is for (by its operator id; by its taxpayer id\n-- when it names no operator: a pilot candidate not registered yet); none of a company when :operatorId and :taxpayerId are null.\nSELECT id, url, platform, operator_id FROM webhook_subscriptions\n WHERE active AND (:eventType!::text = ANY (event_types) OR '*' = ANY (event_types))\n   AND (operator_id IS NULL OR operator_id = :operatorId::uuid OR (:operatorId::uuid IS NULL AND taxpayer_id = :taxpayerId::text))\n ORDER BY created_at"};

/**
 * Query generated from SQL:
 * ```
 * -- The customs-wide subscriptions, and those of the company the event is for (by its operator id; by its taxpayer id
 * -- when it names no operator: a pilot candidate not registered yet); none of a company when :operatorId and :taxpayerId are null.
 * SELECT id, url, platform, operator_id FROM webhook_subscriptions
 *  WHERE active AND (:eventType!::text = ANY (event_types) OR '*' = ANY (event_types))
 *    AND (operator_id IS NULL OR operator_id = :operatorId::uuid OR (:operatorId::uuid IS NULL AND taxpayer_id = :taxpayerId::text))
 *  ORDER BY created_at
 * ```
 */
export const listActiveSubscriptionsTo = new PreparedQuery<IListActiveSubscriptionsToParams,IListActiveSubscriptionsToResult>(listActiveSubscriptionsToIR);


