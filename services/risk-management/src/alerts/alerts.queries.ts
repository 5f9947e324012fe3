/** Types generated for queries found in "services/risk-management/src/alerts/alerts.sql" */
import { PreparedQuery } from '@pgtyped/runtime';

export type DateOrString = Date | string;

/** 'RaiseRiskAlert' parameters type */
export interface IRaiseRiskAlertParams {
  alertId: string;
  operatorId: string;
  raisedAt: DateOrString;
  reason: string;
  recommendation: string;
  severity: string;
  sourceEventId: string;
  taxpayerId: string;
}

/** 'RaiseRiskAlert' return type */
export interface IRaiseRiskAlertResult {
  alert_id: string;
}

/** 'RaiseRiskAlert' query type */
export interface IRaiseRiskAlertQuery {
  params: IRaiseRiskAlertParams;
  result: IRaiseRiskAlertResult;
}

const raiseRiskAlertIR: any = {"usedParamSet":{"alertId":true,"taxpayerId":true,"operatorId":true,"severity":true,"recommendation":true,"reason":true,"sourceEventId":true,"raisedAt":true},"params":[{"name":"alertId","required":true,"transform":{"type":"scalar"},"locs":[{"a":131,"b":139}]},{"name":"taxpayerId","required":true,"transform":{"type":"scalar"},"locs":[{"a":142,"b":153}]},{"name":"operatorId","required":true,"transform":{"type":"scalar"},"locs":[{"a":156,"b":167}]},{"name":"severity","required":true,"transform":{"type":"scalar"},"locs":[{"a":170,"b":179}]},{"name":"recommendation","required":true,"transform":{"type":"scalar"},"locs":[{"a":182,"b":197}]},{"name":"reason","required":true,"transform":{"type":"scalar"},"locs":[{"a":200,"b":207}]},{"name":"sourceEventId","required":true,"transform":{"type":"scalar"},"locs":[{"a":210,"b":224}]},{"name":"raisedAt","required":true,"transform":{"type":"scalar"},"locs":[{"a":227,"b":236}]}],"statement":"INSERT INTO risk_alerts (alert_id, taxpayer_id, operator_id, severity, recommendation, reason, source_event_id, raised_at)\nVALUES (:alertId!, :taxpayerId!, :operatorId!, :severity!, :recommendation!, :reason!, :sourceEventId!, :raisedAt!)\nON CONFLICT (source_event_id) DO NOTHING\nRETURNING alert_id"};

/**
 * Query generated from SQL:
 * ```
 * INSERT INTO risk_alerts (alert_id, taxpayer_id, operator_id, severity, recommendation, reason, source_event_id, raised_at)
 * VALUES (:alertId!, :taxpayerId!, :operatorId!, :severity!, :recommendation!, :reason!, :sourceEventId!, :raisedAt!)
 * ON CONFLICT (source_event_id) DO NOTHING
 * RETURNING alert_id
 * ```
 */
export const raiseRiskAlert = new PreparedQuery<IRaiseRiskAlertParams,IRaiseRiskAlertResult>(raiseRiskAlertIR);


