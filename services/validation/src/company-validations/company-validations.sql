/* @name ListCompanyCases */
-- The company's validation cases, newest first, counted whole on every row: only what the operator may see of them.
SELECT id AS "id!", purpose AS "purpose!", application_id AS "application_id!", authorisation_number, cycle, status_type,
  status AS "status!", opened_at AS "opened_at!", site_visit_required AS "site_visit_required!", recommendation, conditions,
  report_submitted_at, closed_at, COUNT(*) OVER () AS "total!"
FROM validation_cases
WHERE taxpayer_id = :taxpayerId!
  AND (:status::text IS NULL OR status = :status)
  AND (:purpose::text IS NULL OR purpose = :purpose)
ORDER BY
  CASE WHEN :order!::text = 'asc' THEN opened_at END ASC,
  CASE WHEN :order!::text = 'desc' THEN opened_at END DESC,
  CASE WHEN :order!::text = 'asc' THEN id END ASC,
  CASE WHEN :order!::text = 'desc' THEN id END DESC
LIMIT :limit!::int OFFSET :offset!::int;

/* @name FindCompanyCase */
SELECT id AS "id!", purpose AS "purpose!", application_id AS "application_id!", authorisation_number, cycle, status_type,
  status AS "status!", opened_at AS "opened_at!", site_visit_required AS "site_visit_required!", recommendation, conditions,
  report_submitted_at, closed_at
FROM validation_cases WHERE id = :caseId! AND taxpayer_id = :taxpayerId!;

/* @name ListVisitNotices */
-- Days counted in calendar days of the programme's zone: the notice given (announced to visit) and those left until the visit.
SELECT id, scheduled_for, place, scheduled_at, completed_at,
  (scheduled_for AT TIME ZONE :timeZone!::text)::date - (scheduled_at AT TIME ZONE :timeZone!::text)::date AS "notice_days!",
  (scheduled_for AT TIME ZONE :timeZone!::text)::date - (now() AT TIME ZONE :timeZone!::text)::date AS "days_left!"
FROM site_visits WHERE case_id = :caseId! ORDER BY scheduled_for, id;

/* @name ListCorrectiveActionsToAnswer */
SELECT a.id, a.question_id, i.text_en AS "text_en?", i.text_mn AS "text_mn?", a.description, a.requested_at, a.due_by, a.response, a.responded_at,
  (a.due_by AT TIME ZONE :timeZone!::text)::date - (now() AT TIME ZONE :timeZone!::text)::date AS "days_left!",
  a.due_by < now() AS "overdue!"
FROM corrective_actions a LEFT JOIN checklist_items i ON i.case_id = a.case_id AND i.question_id = a.question_id
WHERE a.case_id = :caseId! ORDER BY a.requested_at, a.id;
