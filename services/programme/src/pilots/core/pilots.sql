/* @name InsertPilot */
INSERT INTO pilots (id, code, title, description, status, starts_on, ends_on, max_companies, reminder_days,
  escalation_grace_days, created_by, created_at, updated_at, version)
VALUES (:id!, :code!, :title!, :description!, 'planned', :startsOn!::date, :endsOn!::date, :maxCompanies!,
  :reminderDays!, :escalationGraceDays!, :createdBy!, now(), now(), 1)
ON CONFLICT (code) DO NOTHING
RETURNING id;

/* @name FindPilot */
SELECT id, code, title, description, status, starts_on::text AS "starts_on!", ends_on::text AS "ends_on!",
  max_companies, reminder_days, escalation_grace_days, launched_at, launched_by, started_at, ended_at,
  cancelled_at, cancelled_by, cancel_reason, created_by, created_at, updated_at, version
FROM pilots
WHERE id = :id!;

/* @name LockPilot */
SELECT id, code, title, description, status, starts_on::text AS "starts_on!", ends_on::text AS "ends_on!",
  max_companies, reminder_days, escalation_grace_days, launched_at, launched_by, started_at, ended_at,
  cancelled_at, cancelled_by, cancel_reason, created_by, created_at, updated_at, version
FROM pilots
WHERE id = :id!
FOR UPDATE;

/* @name SharePilot */
-- A check against the pilot's time frame (a training session, a questionnaire's closing time) holds
-- while a change of the dates, which locks the row FOR UPDATE, waits.
SELECT id, code, title, description, status, starts_on::text AS "starts_on!", ends_on::text AS "ends_on!",
  max_companies, reminder_days, escalation_grace_days, launched_at, launched_by, started_at, ended_at,
  cancelled_at, cancelled_by, cancel_reason, created_by, created_at, updated_at, version
FROM pilots
WHERE id = :id!
FOR SHARE;

/* @name ListSessionTimes */
SELECT id, topic, starts_at, ends_at
FROM pilot_training_sessions
WHERE pilot_id = :pilotId!
ORDER BY starts_at, id;

/* @name ListOpenQuestionnaireClosings */
SELECT id, title_en, closes_at AS "closes_at!"
FROM pilot_questionnaires
WHERE pilot_id = :pilotId! AND status = 'open' AND closes_at IS NOT NULL
ORDER BY closes_at, id;

/* @name ListPilots */
SELECT id, code, title, description, status, starts_on::text AS "starts_on!", ends_on::text AS "ends_on!",
  max_companies, reminder_days, escalation_grace_days, launched_at, launched_by, started_at, ended_at,
  cancelled_at, cancelled_by, cancel_reason, created_by, created_at, updated_at, version
FROM pilots
WHERE (:status::text IS NULL OR status = :status)
ORDER BY starts_on DESC, code
LIMIT :limit!::int;

/* @name ListPilotPage */
-- A page of the pilots (GET /v1/pilot-overview), the whole list counted on every row (readPage); ties broken by id.
SELECT id, code, title, description, status, starts_on::text AS "starts_on!", ends_on::text AS "ends_on!",
  max_companies, reminder_days, escalation_grace_days, launched_at, launched_by, started_at, ended_at,
  cancelled_at, cancelled_by, cancel_reason, created_by, created_at, updated_at, version, COUNT(*) OVER () AS "total!"
FROM pilots
WHERE (:status::text IS NULL OR status = :status)
ORDER BY
  CASE WHEN :sort!::text = 'startsOn' AND :order!::text = 'asc' THEN starts_on END ASC,
  CASE WHEN :sort!::text = 'startsOn' AND :order!::text = 'desc' THEN starts_on END DESC,
  CASE WHEN :sort!::text = 'code' AND :order!::text = 'asc' THEN code END ASC,
  CASE WHEN :sort!::text = 'code' AND :order!::text = 'desc' THEN code END DESC,
  CASE WHEN :sort!::text = 'createdAt' AND :order!::text = 'asc' THEN created_at END ASC,
  CASE WHEN :sort!::text = 'createdAt' AND :order!::text = 'desc' THEN created_at END DESC,
  CASE WHEN :order!::text = 'asc' THEN id END ASC,
  CASE WHEN :order!::text = 'desc' THEN id END DESC
LIMIT :limit!::int OFFSET :offset!::int;

/* @name UpdatePilotPlan */
UPDATE pilots
SET title = :title!, description = :description!, starts_on = :startsOn!::date, ends_on = :endsOn!::date,
  max_companies = :maxCompanies!, reminder_days = :reminderDays!, escalation_grace_days = :escalationGraceDays!,
  updated_at = now(), version = version + 1
WHERE id = :id! AND status = 'planned' AND launched_at IS NULL AND version = :version!
RETURNING id;

/* @name TouchPilot */
UPDATE pilots SET updated_at = now(), version = version + 1 WHERE id = :id!;

/* @name MarkPilotLaunched */
UPDATE pilots SET launched_at = now(), launched_by = :by!, updated_at = now(), version = version + 1
WHERE id = :id! AND status = 'planned' AND launched_at IS NULL
RETURNING id;

/* @name MovePilotStatus */
UPDATE pilots
SET status = :to!::text,
  started_at = CASE WHEN :to!::text = 'running' THEN :at!::timestamptz ELSE started_at END,
  ended_at = CASE WHEN :to!::text = 'ended' THEN :at!::timestamptz ELSE ended_at END,
  cancelled_at = CASE WHEN :to!::text = 'cancelled' THEN :at!::timestamptz ELSE cancelled_at END,
  cancelled_by = CASE WHEN :to!::text = 'cancelled' THEN :by!::text ELSE cancelled_by END,
  cancel_reason = CASE WHEN :to!::text = 'cancelled' THEN :reason::text ELSE cancel_reason END,
  updated_at = :at!::timestamptz,
  version = version + 1
WHERE id = :id! AND status = ANY(:from!::text[])
RETURNING status;

/* @name DeleteObjectives */
DELETE FROM pilot_objectives WHERE pilot_id = :pilotId!;

/* @name InsertObjective */
INSERT INTO pilot_objectives (id, pilot_id, position, text, kpi_code, target)
VALUES (:id!, :pilotId!, :position!, :text!, :kpiCode!, :target!);

/* @name ListObjectives */
SELECT id, position, text, kpi_code, target FROM pilot_objectives WHERE pilot_id = :pilotId! ORDER BY position;

/* @name DeleteWorkstreams */
DELETE FROM pilot_workstreams WHERE pilot_id = :pilotId!;

/* @name InsertWorkstream */
INSERT INTO pilot_workstreams (pilot_id, kind, description, mra_arrangement_id)
VALUES (:pilotId!, :kind!, :description!, :mraArrangementId);

/* @name ListWorkstreams */
SELECT kind, description, mra_arrangement_id FROM pilot_workstreams WHERE pilot_id = :pilotId! ORDER BY kind;

/* @name InsertMilestone */
INSERT INTO pilot_milestones (id, pilot_id, title, workstream, due_on, owner, kpi_code, kpi_target, created_by)
VALUES (:id!, :pilotId!, :title!, :workstream!, :dueOn!::date, :owner!, :kpiCode, :kpiTarget, :createdBy!)
ON CONFLICT (id) DO NOTHING
RETURNING id;

/* @name ListMilestones */
SELECT id, title, workstream, due_on::text AS "due_on!", owner, kpi_code, kpi_target, status, reminded_at, late_at,
  escalated_at, done_at, done_by, evidence, done_note, created_at
FROM pilot_milestones
WHERE pilot_id = :pilotId!
ORDER BY due_on, created_at, id;

/* @name MoveMilestone */
UPDATE pilot_milestones
SET status = :to!::text,
  late_at = CASE WHEN :to!::text = 'late' THEN :at!::timestamptz ELSE late_at END,
  escalated_at = CASE WHEN :to!::text = 'escalated' THEN :at!::timestamptz ELSE escalated_at END,
  done_at = CASE WHEN :to!::text = 'done' THEN :at!::timestamptz ELSE done_at END,
  done_by = CASE WHEN :to!::text = 'done' THEN :by!::text ELSE done_by END,
  evidence = CASE WHEN :to!::text = 'done' THEN :evidence::jsonb ELSE evidence END,
  done_note = CASE WHEN :to!::text = 'done' THEN :note::text ELSE done_note END,
  updated_at = :at!::timestamptz
WHERE id = :id! AND pilot_id = :pilotId! AND status = ANY(:from!::text[])
RETURNING status;

/* @name MarkMilestoneReminded */
UPDATE pilot_milestones SET reminded_at = :at!::timestamptz, updated_at = :at!::timestamptz
WHERE id = :id! AND pilot_id = :pilotId! AND status = 'open' AND reminded_at IS NULL
RETURNING id;

/* @name InsertExtension */
INSERT INTO pilot_extensions (pilot_id, sequence, previous_ends_on, new_ends_on, reason, decided_by, decided_at)
VALUES (:pilotId!, :sequence!, :previousEndsOn!::date, :newEndsOn!::date, :reason!, :decidedBy!, :at!::timestamptz)
ON CONFLICT (pilot_id, sequence) DO NOTHING
RETURNING sequence;

/* @name MovePilotEnd */
UPDATE pilots SET ends_on = :endsOn!::date, updated_at = :at!::timestamptz, version = version + 1 WHERE id = :id!;

/* @name ListExtensions */
SELECT sequence, previous_ends_on::text AS "previous_ends_on!", new_ends_on::text AS "new_ends_on!", reason,
  decided_by, decided_at
FROM pilot_extensions
WHERE pilot_id = :pilotId!
ORDER BY sequence;
