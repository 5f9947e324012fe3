/* @name ListReportParticipants */
SELECT taxpayer_id, stage, region, rank, chosen_reason, chosen_at, replacing, replaced_by, answer_due_at, answered_at,
  reason
FROM pilot_participants
WHERE pilot_id = :pilotId!
ORDER BY chosen_at, rank, taxpayer_id;

/* @name ListDeviationsBetween */
SELECT case_id, kpi_id, scope, status_type, period, value, phase, outcome, owner, opened_at, closed_at
FROM deviation_cases
WHERE opened_at >= :from!::timestamptz AND opened_at < :to!::timestamptz
ORDER BY opened_at, case_id;

/* @name LockPilotForReport */
SELECT id, status FROM pilots WHERE id = :pilotId! FOR UPDATE;

/* @name NextReportSequence */
SELECT COALESCE(MAX(sequence), 0) + 1 AS "next!",
  bool_or(approved_at IS NOT NULL) AS approved,
  (SELECT r.recommendations FROM pilot_final_reports r WHERE r.pilot_id = :pilotId! ORDER BY r.sequence DESC LIMIT 1)
    AS recommendations
FROM pilot_final_reports
WHERE pilot_id = :pilotId!;

/* @name InsertFinalReport */
INSERT INTO pilot_final_reports (id, pilot_id, sequence, trigger, languages, content, recommendations, generated_by,
  generated_at)
VALUES (:id!, :pilotId!, :sequence!, :trigger!, :languages!, :content!, :recommendations, :generatedBy!, :generatedAt!)
ON CONFLICT DO NOTHING
RETURNING id;

/* @name InsertFinalReportRendering */
INSERT INTO pilot_final_report_renderings (report_id, language, format, bytes, sha256)
VALUES (:reportId!, :language!, :format!, :bytes!, :sha256!);

/* @name MarkPilotReported */
UPDATE pilots SET status = 'reported', updated_at = :at!::timestamptz, version = version + 1
WHERE id = :pilotId! AND status = 'ended'
RETURNING id;

/* @name ListFinalReports */
SELECT r.id, r.pilot_id, r.sequence, r.trigger, r.languages, r.recommendations, r.generated_by, r.generated_at,
  r.approved_by, r.approved_at, r.approval_note,
  COALESCE(json_agg(json_build_object('language', g.language, 'format', g.format, 'size', octet_length(g.bytes),
    'sha256', g.sha256) ORDER BY g.language, g.format) FILTER (WHERE g.report_id IS NOT NULL), '[]') AS renderings
FROM pilot_final_reports r LEFT JOIN pilot_final_report_renderings g ON g.report_id = r.id
WHERE r.pilot_id = :pilotId!
  AND (:id::uuid IS NULL OR r.id = :id)
  AND (:trigger::text IS NULL OR r.trigger = :trigger)
GROUP BY r.id
ORDER BY r.sequence DESC
LIMIT :limit!;

/* @name ApproveLatestReport */
UPDATE pilot_final_reports
SET approved_by = :by!, approved_at = :at!, approval_note = :note
WHERE id = (SELECT id FROM pilot_final_reports WHERE pilot_id = :pilotId! ORDER BY sequence DESC LIMIT 1)
  AND approved_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM pilot_final_reports WHERE pilot_id = :pilotId! AND approved_at IS NOT NULL)
RETURNING id, sequence;

/* @name FindFinalReportRendering */
SELECT bytes, sha256 FROM pilot_final_report_renderings
WHERE report_id = :reportId! AND language = :language! AND format = :format!;

/* @name FindReportPilot */
SELECT id, status FROM pilots WHERE id = :pilotId!;
