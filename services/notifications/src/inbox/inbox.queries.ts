/** Types generated for queries found in "services/notifications/src/inbox/inbox.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type stringArray = (string)[];

/** 'ListInbox' parameters type */
export interface IListInboxParams {
  limit: number;
  mailboxes: stringArray;
  reader: string;
  unreadOnly: boolean;
}

/** 'ListInbox' return type */
export interface IListInboxResult {
  body: string;
  created_at: Date;
  id: string;
  language: string;
  read_at: Date | null;
  source_event_type: string;
  subject: string;
  template: string;
}

/** 'ListInbox' query type */
export interface IListInboxQuery {
  params: IListInboxParams;
  result: IListInboxResult;
}

const listInboxIR: any = {"usedParamSet":{"reader":true,"mailboxes":true,"unreadOnly":true,"limit":true},"params":[{"name":"reader","required":true,"transform":{"type":"scalar"},"locs":[{"a":205,"b":212}]},{"name":"mailboxes","required":true,"transform":{"type":"scalar"},"locs":[{"a":265,"b":275}]},{"name":"unreadOnly","required":true,"transform":{"type":"scalar"},"locs":[{"a":291,"b":302}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":387,"b":393}]}],"statement":"SELECT n.id, n.source_event_type, n.template, n.language, n.subject, n.body, n.created_at, r.read_at AS \"read_at?\"\n  FROM notifications n LEFT JOIN inbox_reads r ON r.notification_id = n.id AND r.reader = :reader!\n WHERE n.channel = 'in-app' AND n.recipient = ANY (:mailboxes!::text[]) AND (:unreadOnly!::boolean IS NOT TRUE OR r.read_at IS NULL)\n ORDER BY n.created_at DESC, n.id LIMIT :limit!::int"};

/**
 * Query generated from SQL:
 * ```
 * SELECT n.id, n.source_event_type, n.template, n.language, n.subject, n.body, n.created_at, r.read_at AS "read_at?"
 *   FROM notifications n LEFT JOIN inbox_reads r ON r.notification_id = n.id AND r.reader = :reader!
 *  WHERE n.channel = 'in-app' AND n.recipient = ANY (:mailboxes!::text[]) AND (:unreadOnly!::boolean IS NOT TRUE OR r.read_at IS NULL)
 *  ORDER BY n.created_at DESC, n.id LIMIT :limit!::int
 * ```
 */
export const listInbox = new PreparedQuery<IListInboxParams,IListInboxResult>(listInboxIR);


/** 'CountUnread' parameters type */
export interface ICountUnreadParams {
  mailboxes: stringArray;
  reader: string;
}

/** 'CountUnread' return type */
export interface ICountUnreadResult {
  unread: number;
}

/** 'CountUnread' query type */
export interface ICountUnreadQuery {
  params: ICountUnreadParams;
  result: ICountUnreadResult;
}

const countUnreadIR: any = {"usedParamSet":{"mailboxes":true,"reader":true},"params":[{"name":"mailboxes","required":true,"transform":{"type":"scalar"},"locs":[{"a":106,"b":116}]},{"name":"reader","required":true,"transform":{"type":"scalar"},"locs":[{"a":220,"b":227}]}],"statement":"SELECT count(*)::int AS \"unread!\" FROM notifications n\n WHERE n.channel = 'in-app' AND n.recipient = ANY (:mailboxes!::text[])\n   AND NOT EXISTS (SELECT 1 FROM inbox_reads r WHERE r.notification_id = n.id AND r.reader = :reader!)"};

/**
 * Query generated from SQL:
 * ```
 * SELECT count(*)::int AS "unread!" FROM notifications n
 *  WHERE n.channel = 'in-app' AND n.recipient = ANY (:mailboxes!::text[])
 *    AND NOT EXISTS (SELECT 1 FROM inbox_reads r WHERE r.notification_id = n.id AND r.reader = :reader!)
 * ```
 */
export const countUnread = new PreparedQuery<ICountUnreadParams,ICountUnreadResult>(countUnreadIR);


/** 'FindInInbox' parameters type */
export interface IFindInInboxParams {
  id: string;
  mailboxes: stringArray;
}

/** 'FindInInbox' return type */
export interface IFindInInboxResult {
  id: string;
}

/** 'FindInInbox' query type */
export interface IFindInInboxQuery {
  params: IFindInInboxParams;
  result: IFindInInboxResult;
}

const findInInboxIR: any = {"usedParamSet":{"id":true,"mailboxes":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":40,"b":43}]},{"name":"mailboxes","required":true,"transform":{"type":"scalar"},"locs":[{"a":89,"b":99}]}],"statement":"SELECT id FROM notifications WHERE id = :id! AND channel = 'in-app' AND recipient = ANY (:mailboxes!::text[])"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id FROM notifications WHERE id = :id! AND channel = 'in-app' AND recipient = ANY (:mailboxes!::text[])
 * ```
 */
export const findInInbox = new PreparedQuery<IFindInInboxParams,IFindInInboxResult>(findInInboxIR);


/** 'MarkRead' parameters type */
export interface IMarkReadParams {
  id: string;
  reader: string;
}

/** 'MarkRead' return type */
export type IMarkReadResult = void;

/** 'MarkRead' query type */
export interface IMarkReadQuery {
  params: IMarkReadParams;
  result: IMarkReadResult;
}

const markReadIR: any = {"usedParamSet":{"id":true,"reader":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":58,"b":61}]},{"name":"reader","required":true,"transform":{"type":"scalar"},"locs":[{"a":64,"b":71}]}],"statement":"INSERT INTO inbox_reads (notification_id, reader) VALUES (:id!, :reader!) ON CONFLICT DO NOTHING"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO inbox_reads (notification_id, reader) VALUES (:id!, :reader!) ON CONFLICT DO NOTHING
 * ```
 */
export const markRead = new PreparedQuery<IMarkReadParams,IMarkReadResult>(markReadIR);


