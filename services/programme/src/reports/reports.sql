/* @name InsertReport */
INSERT INTO programme_reports (id, quarter, trigger, languages, content, issued_by, issued_at)
VALUES (:id!, :quarter!, :trigger!, :languages!, :content!, :issuedBy!, :issuedAt!)
ON CONFLICT (quarter) WHERE trigger = 'schedule' DO NOTHING
RETURNING id, quarter, trigger, languages, issued_by, issued_at;

/* @name ScheduledReportOf */
SELECT id FROM programme_reports WHERE quarter = :quarter! AND trigger = 'schedule';

/* @name InsertRendering */
INSERT INTO programme_report_renderings (report_id, language, format, bytes, sha256)
VALUES (:reportId!, :language!, :format!, :bytes!, :sha256!);

/* @name ListReports */
SELECT r.id, r.quarter, r.trigger, r.languages, r.issued_by, r.issued_at,
  COALESCE(json_agg(json_build_object('language', g.language, 'format', g.format, 'size', octet_length(g.bytes),
    'sha256', g.sha256) ORDER BY g.language, g.format) FILTER (WHERE g.report_id IS NOT NULL), '[]') AS renderings
  FROM programme_reports r LEFT JOIN programme_report_renderings g ON g.report_id = r.id
 WHERE (:id::uuid IS NULL OR r.id = :id)
   AND (:quarter::text IS NULL OR r.quarter = :quarter)
 GROUP BY r.id
 ORDER BY r.issued_at DESC, r.id DESC
 LIMIT :limit!;

/* @name FindRendering */
SELECT bytes, sha256 FROM programme_report_renderings
 WHERE report_id = :reportId! AND language = :language! AND format = :format!;

/* @name TryLockReportProduction */
SELECT pg_try_advisory_lock(:lockSpace!::int, hashtext(:key!)) AS "locked!";

/* @name UnlockReportProduction */
SELECT pg_advisory_unlock(:lockSpace!::int, hashtext(:key!)) AS "unlocked!";
