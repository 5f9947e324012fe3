/* @name InsertWatchdogAlert */
INSERT INTO watchdog_alerts (event_id, authorisation_number, operator_id, taxpayer_id, region, status_type, problem, detail, raised_at)
VALUES (:eventId!, :authorisationNumber!, :operatorId!, :taxpayerId!, :region!, :statusType!, :problem!, :detail!, :raisedAt!)
ON CONFLICT (event_id) DO NOTHING
RETURNING id;

/* @name ListWatchdogAlerts */
-- A page of the alerts, counted whole on every row (readPage).
SELECT id, event_id, authorisation_number, operator_id, taxpayer_id, region, status_type, problem, detail, raised_at,
       received_at, acknowledged_at, acknowledged_by, acknowledgement_note, COUNT(*) OVER () AS "total!"
  FROM watchdog_alerts
 WHERE (:problem::text IS NULL OR problem = :problem)
   AND (:region::text IS NULL OR region = :region)
   AND (:acknowledged::boolean IS NULL OR (acknowledged_at IS NOT NULL) = :acknowledged)
 ORDER BY
   CASE WHEN :sort!::text = 'raisedAt' AND :order!::text = 'asc' THEN raised_at END ASC,
   CASE WHEN :sort!::text = 'raisedAt' AND :order!::text = 'desc' THEN raised_at END DESC,
   CASE WHEN :sort!::text = 'authorisationNumber' AND :order!::text = 'asc' THEN authorisation_number END ASC,
   CASE WHEN :sort!::text = 'authorisationNumber' AND :order!::text = 'desc' THEN authorisation_number END DESC,
   CASE WHEN :order!::text = 'asc' THEN id END ASC,
   CASE WHEN :order!::text = 'desc' THEN id END DESC
 LIMIT :limit!::int OFFSET :offset!::int;

/* @name FindWatchdogAlert */
SELECT id, event_id, authorisation_number, operator_id, taxpayer_id, region, status_type, problem, detail, raised_at,
       received_at, acknowledged_at, acknowledged_by, acknowledgement_note
  FROM watchdog_alerts
 WHERE id = :id!;

/* @name LockWatchdogAlert */
SELECT id FROM watchdog_alerts WHERE id = :id! FOR UPDATE;

/* @name AcknowledgeWatchdogAlert */
UPDATE watchdog_alerts
   SET acknowledged_at = now(), acknowledged_by = :acknowledgedBy!, acknowledgement_note = :note!
 WHERE id = :id! AND acknowledged_at IS NULL
RETURNING id;
