/** Types generated for queries found in "services/operations/src/watchdog-alerts/watchdog-alerts.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

/** 'InsertWatchdogAlert' parameters type */
export interface IInsertWatchdogAlertParams {
  authorisationNumber: string;
  detail: string;
  eventId: string;
  operatorId: string;
  problem: string;
  raisedAt: DateOrString;
  region: string;
  statusType: string;
  taxpayerId: string;
}

/** 'InsertWatchdogAlert' return type */
export interface IInsertWatchdogAlertResult {
  id: string;
}

/** 'InsertWatchdogAlert' query type */
export interface IInsertWatchdogAlertQuery {
  params: IInsertWatchdogAlertParams;
  result: IInsertWatchdogAlertResult;
}

const insertWatchdogAlertIR: any = {"usedParamSet":{"eventId":true,"authorisationNumber":true,"operatorId":true,"taxpayerId":true,"region":true,"statusType":true,"problem":true,"detail":true,"raisedAt":true},"params":[{"name":"eventId","required":true,"transform":{"type":"scalar"},"locs":[{"a":144,"b":152}]},{"name":"authorisationNumber","required":true,"transform":{"type":"scalar"},"locs":[{"a":155,"b":175}]},{"name":"operatorId","required":true,"transform":{"type":"scalar"},"locs":[{"a":178,"b":189}]},{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":192,"b":203}]},{"name":"region","required":true,"transform":{"type":"scalar"},"locs":[{"a":206,"b":213}]},{"name":"statusType","required":true,"transform":{"type":"scalar"},"locs":[{"a":216,"b":227}]},{"name":"problem","required":true,"transform":{"type":"scalar"},"locs":[{"a":230,"b":238}]},{"name":"detail","required":true,"transform":{"type":"scalar"},"locs":[{"a":241,"b":248}]},{"name":"raisedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":251,"b":260}]}],"statement":"INSERT INTO watchdog_alerts (event_id, authorisation_number, operator_id, taxpayer_id, region, status_type, problem, detail, raised_at)\nVALUES (:eventId!, :authorisationNumber!, :operatorId!, :taxpayerId!, :region!, :statusType!, :problem!, :detail!, :raisedAt!)\nON CONFLICT (event_id) DO NOTHING\nRETURNING id"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO watchdog_alerts (event_id, authorisation_number, operator_id, taxpayer_id, region, status_type, problem, detail, raised_at)
 * VALUES (:eventId!, :authorisationNumber!, :operatorId!, :taxpayerId!, :region!, :statusType!, :problem!, :detail!, :raisedAt!)
 * ON CONFLICT (event_id) DO NOTHING
 * RETURNING id
 * ```
 */
export const insertWatchdogAlert = new PreparedQuery<IInsertWatchdogAlertParams,IInsertWatchdogAlertResult>(insertWatchdogAlertIR);


/** 'ListWatchdogAlerts' parameters type */
export interface IListWatchdogAlertsParams {
  acknowledged?: boolean | null | void;
  limit: number;
  offset: number;
  order: string;
  problem?: string | null | void;
  region?: string | null | void;
  sort: string;
}

/** 'ListWatchdogAlerts' return type */
export interface IListWatchdogAlertsResult {
  acknowledged_at: Date | null;
  acknowledged_by: string | null;
  acknowledgement_note: string | null;
  authorisation_number: string;
  detail: string;
  event_id: string;
  id: string;
  operator_id: string;
  problem: string;
  raised_at: Date;
  received_at: Date;
  region: string;
  status_type: string;
  taxpayer_id: string;
  total: string;
}

/** 'ListWatchdogAlerts' query type */
export interface IListWatchdogAlertsQuery {
  params: IListWatchdogAlertsParams;
  result: IListWatchdogAlertsResult;
}

const listWatchdogAlertsIR: any = {"usedParamSet":{"problem":true,"region":true,"acknowledged":true,"sort":true,"order":true,"limit":true,"offset":true},"params":[{"name":"problem","required":false,"transform":{"type":"scalar"},"locs":[{"a":318,"b":325},{"a":354,"b":361}]},{"name":"region","required":false,"transform":{"type":"scalar"},"locs":[{"a":372,"b":378},{"a":406,"b":412}]},{"name":"acknowledged","required":false,"transform":{"type":"scalar"},"locs":[{"a":423,"b":435},{"a":489,"b":501}]},{"name":"sort","required":true,"transform":{"type":"scalar"},"locs":[{"a":527,"b":532},{"a":616,"b":621},{"a":707,"b":712},{"a":818,"b":823}]},{"name":"order","required":true,"transform":{"type":"scalar"},"locs":[{"a":557,"b":563},{"a":646,"b":652},{"a":748,"b":754},{"a":859,"b":865},{"a":931,"b":937},{"a":983,"b":989}]},{"name":"limit","required":true,"transform":{"type":"scalar"},"locs":[{"a":1030,"b":1036}]},{"name":"offset","required":true,"transform":{"type":"scalar"},"locs":[{"a":1050,"b":1057}]}],"statement":"-- A page of the alerts, counted whole on every row (readPage).\nSELECT id, event_id, authorisation_number, operator_id, taxpayer_id, region, status_type, problem, detail, raised_at,\n       received_at, acknowledged_at, acknowledged_by, acknowledgement_note, COUNT(*) OVER () AS \"total!\"\n  FROM watchdog_alerts\n WHERE (:problem::text IS NULL OR problem = :problem)\n   AND (:region::text IS NULL OR region = :region)\n   AND (:acknowledged::boolean IS NULL OR (acknowledged_at IS NOT NULL) = :acknowledged)\n ORDER BY\n   CASE WHEN :sort!::text = 'raisedAt' AND :order!::text = 'asc' THEN raised_at END ASC,\n   CASE WHEN :sort!::text = 'raisedAt' AND :order!::text = 'desc' THEN raised_at END DESC,\n   CASE WHEN :sort!::text = 'authorisationNumber' AND :order!::text = 'asc' THEN authorisation_number END ASC,\n   CASE WHEN :sort!::text = 'authorisationNumber' AND :order!::text = 'desc' THEN authorisation_number END DESC,\n   CASE WHEN :order!::text = 'asc' THEN id END ASC,\n   CASE WHEN :order!::text = 'desc' THEN id END DESC\n LIMIT :limit!::int OFFSET :offset!::int"};

/**
 * Query generated from SQL:
 * ```
 * -- A page of the alerts, counted whole on every row (readPage).
 * SELECT id, event_id, authorisation_number, operator_id, taxpayer_id, region, status_type, problem, detail, raised_at,
 *        received_at, acknowledged_at, acknowledged_by, acknowledgement_note, COUNT(*) OVER () AS "total!"
 *   FROM watchdog_alerts
 *  WHERE (:problem::text IS NULL OR problem = :problem)
 *    AND (:region::text IS NULL OR region = :region)
 *    AND (:acknowledged::boolean IS NULL OR (acknowledged_at IS NOT NULL) = :acknowledged)
 *  ORDER BY
 *    CASE WHEN :sort!::text = 'raisedAt' AND :order!::text = 'asc' THEN raised_at END ASC,
 *    CASE WHEN :sort!::text = 'raisedAt' AND :order!::text = 'desc' THEN raised_at END DESC,
 *    CASE WHEN :sort!::text = 'authorisationNumber' AND :order!::text = 'asc' THEN authorisation_number END ASC,
 *    CASE WHEN :sort!::text = 'authorisationNumber' AND :order!::text = 'desc' THEN authorisation_number END DESC,
 *    CASE WHEN :order!::text = 'asc' THEN id END ASC,
 *    CASE WHEN :order!::text = 'desc' THEN id END DESC
 *  LIMIT :limit!::int OFFSET :offset!::int
 * ```
 */
export const listWatchdogAlerts = new PreparedQuery<IListWatchdogAlertsParams,IListWatchdogAlertsResult>(listWatchdogAlertsIR);


/** 'FindWatchdogAlert' parameters type */
export interface IFindWatchdogAlertParams {
  id: string;
}

/** 'FindWatchdogAlert' return type */
export interface IFindWatchdogAlertResult {
  acknowledged_at: Date | null;
  acknowledged_by: string | null;
  acknowledgement_note: string | null;
  authorisation_number: string;
  detail: string;
  event_id: string;
  id: string;
  operator_id: string;
  problem: string;
  raised_at: Date;
  received_at: Date;
  region: string;
  status_type: string;
  taxpayer_id: string;
}

/** 'FindWatchdogAlert' query type */
export interface IFindWatchdogAlertQuery {
  params: IFindWatchdogAlertParams;
  result: IFindWatchdogAlertResult;
}

const findWatchdogAlertIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":228,"b":231}]}],"statement":"SELECT id, event_id, authorisation_number, operator_id, taxpayer_id, region, status_type, problem, detail, raised_at,\n       received_at, acknowledged_at, acknowledged_by, acknowledgement_note\n  FROM watchdog_alerts\n WHERE id = :id!"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id, event_id, authorisation_number, operator_id, taxpayer_id, region, status_type, problem, detail, raised_at,
 *        received_at, acknowledged_at, acknowledged_by, acknowledgement_note
 *   FROM watchdog_alerts
 *  WHERE id = :id!
 * ```
 */
export const findWatchdogAlert = new PreparedQuery<IFindWatchdogAlertParams,IFindWatchdogAlertResult>(findWatchdogAlertIR);


/** 'LockWatchdogAlert' parameters type */
export interface ILockWatchdogAlertParams {
  id: string;
}

/** 'LockWatchdogAlert' return type */
export interface ILockWatchdogAlertResult {
  id: string;
}

/** 'LockWatchdogAlert' query type */
export interface ILockWatchdogAlertQuery {
  params: ILockWatchdogAlertParams;
  result: ILockWatchdogAlertResult;
}

const lockWatchdogAlertIR: any = {"usedParamSet":{"id":true},"params":[{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":42,"b":45}]}],"statement":"SELECT id FROM watchdog_alerts WHERE id = :id! FOR UPDATE"};

/**
 * Query generated from SQL:
 * ```
 * SELECT id FROM watchdog_alerts WHERE id = :id! FOR UPDATE
 * ```
 */
export const lockWatchdogAlert = new PreparedQuery<ILockWatchdogAlertParams,ILockWatchdogAlertResult>(lockWatchdogAlertIR);


/** 'AcknowledgeWatchdogAlert' parameters type */
export interface IAcknowledgeWatchdogAlertParams {
  acknowledgedBy: string;
  id: string;
  note: string;
}

/** 'AcknowledgeWatchdogAlert' return type */
export interface IAcknowledgeWatchdogAlertResult {
  id: string;
}

/** 'AcknowledgeWatchdogAlert' query type */
export interface IAcknowledgeWatchdogAlertQuery {
  params: IAcknowledgeWatchdogAlertParams;
  result: IAcknowledgeWatchdogAlertResult;
}

const acknowledgeWatchdogAlertIR: any = {"usedParamSet":{"acknowledgedBy":true,"note":true,"id":true},"params":[{"name":"acknowledgedBy","required":true,"transform":{"type":"scalar"},"locs":[{"a":73,"b":88}]},{"name":"note","required":true,"transform":{"type":"scalar"},"locs":[{"a":114,"b":119}]},{"name":"id","required":true,"transform":{"type":"scalar"},"locs":[{"a":133,"b":136}]}],"statement":"UPDATE watchdog_alerts\n   SET acknowledged_at = now(), acknowledged_by = :acknowledgedBy!, acknowledgement_note = :note!\n WHERE id = :id! AND acknowledged_at IS NULL\nRETURNING id"};

/**
 * Query generated from SQL:
 * ```
 * UPDATE watchdog_alerts
 *    SET acknowledged_at = now(), acknowledged_by = :acknowledgedBy!, acknowledgement_note = :note!
 *  WHERE id = :id! AND acknowledged_at IS NULL
 * RETURNING id
 * ```
 */
export const acknowledgeWatchdogAlert = new PreparedQuery<IAcknowledgeWatchdogAlertParams,IAcknowledgeWatchdogAlertResult>(acknowledgeWatchdogAlertIR);


