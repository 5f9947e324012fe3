/* @name RaiseRiskAlert */
INSERT INTO risk_alerts (alert_id, taxpayer_id, operator_id, severity, recommendation, reason, source_event_id, raised_at)
VALUES (:alertId!, :taxpayerId!, :operatorId!, :severity!, :recommendation!, :reason!, :sourceEventId!, :raisedAt!)
ON CONFLICT (source_event_id) DO NOTHING
RETURNING alert_id;
