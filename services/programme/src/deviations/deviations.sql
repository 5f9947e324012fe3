/* @name ListEvaluatedValues */
SELECT kpi_id, scope, status_type, period, value, threshold_version
FROM kpi_evaluations
WHERE kpi_id = :kpiId! AND period = ANY(:periods!::text[]);

/* @name SaveEvaluatedValue */
INSERT INTO kpi_evaluations (kpi_id, scope, status_type, period, value, threshold_version, evaluated_at)
VALUES (:kpiId!, :scope!, :statusType!, :period!, :value!, :thresholdVersion!, now())
ON CONFLICT (kpi_id, scope, status_type, period)
DO UPDATE SET value = EXCLUDED.value, threshold_version = EXCLUDED.threshold_version, evaluated_at = now();

/* @name ListFollowedCases */
SELECT case_id, kpi_id, scope, status_type, period, threshold
FROM deviation_cases
WHERE kpi_id = :kpiId! AND phase <> 'closed';

/* @name NoteRepeatedCrossing */
UPDATE deviation_cases
SET crossings = crossings + 1, latest_value = :value!, updated_at = now()
WHERE case_id = :caseId!
RETURNING case_id, crossings;

/* @name InsertCase */
-- Nothing when the case exists, or when its KPI, scope and period have a standing (not dismissed) case
-- (migration 1630's deviation_cases_one_standing).
INSERT INTO deviation_cases (case_id, kpi_id, scope, status_type, period, value, threshold, phase, opened_at, updated_at)
VALUES (:caseId!, :kpiId!, :scope!, :statusType, :period!, :value!, :threshold!::jsonb, 'opened', :at!, :at!)
ON CONFLICT DO NOTHING
RETURNING case_id;

/* @name LockCasesOfKey */
-- Every case of a KPI, scope, status type and period (dismissed ones included), locked, oldest first: whether
-- its workflow recorded anything yet.
SELECT c.case_id, c.outcome,
  EXISTS (SELECT 1 FROM deviation_records r WHERE r.case_id = c.case_id) AS recorded
FROM deviation_cases c
WHERE c.kpi_id = :kpiId! AND c.scope = :scope! AND coalesce(c.status_type, '') = coalesce(:statusType::text, '')
  AND c.period = :period!
ORDER BY c.opened_at, c.case_id
FOR UPDATE;

/* @name ListUnrecordedCases */
SELECT case_id, kpi_id, scope, status_type, period, value, threshold
FROM deviation_cases c
WHERE phase = 'opened' AND NOT EXISTS (SELECT 1 FROM deviation_records r WHERE r.case_id = c.case_id)
ORDER BY opened_at, case_id;

/* @name LockCase */
SELECT case_id, kpi_id, scope, status_type, period, value, threshold, phase, root_cause, owner, actions, outcome,
  latest_value, crossings, opened_at, updated_at, closed_at
FROM deviation_cases
WHERE case_id = :caseId!
FOR UPDATE;

/* @name InsertCaseRecord */
INSERT INTO deviation_records (case_id, sequence, step, from_phase, to_phase, summary, details, recorded_by, recorded_at)
VALUES (:caseId!, :sequence!, :step!, :fromPhase!, :toPhase!, :summary!, :details!::jsonb, :recordedBy!, :recordedAt!)
ON CONFLICT (case_id, sequence) DO NOTHING
RETURNING sequence;

/* @name UpdateCaseAfterStep */
UPDATE deviation_cases
SET phase = :phase!::text,
  root_cause = :rootCause,
  owner = :owner,
  actions = :actions!::jsonb,
  outcome = :outcome,
  latest_value = :latestValue,
  updated_at = :at!::timestamptz,
  closed_at = CASE WHEN :phase!::text = 'closed' THEN :at!::timestamptz ELSE NULL END
WHERE case_id = :caseId!;

/* @name ListCases */
-- Newest first: the plain list (GET /v1/deviations) and the reports.
SELECT case_id, kpi_id, scope, status_type, period, value, threshold, phase, root_cause, owner, actions, outcome,
  latest_value, crossings, opened_at, updated_at, closed_at
FROM deviation_cases
WHERE (:phase::text IS NULL OR phase = :phase OR (:phase = 'open' AND phase <> 'closed'))
  AND (:kpiId::text IS NULL OR kpi_id = :kpiId)
  AND (:scope::text IS NULL OR scope = :scope)
ORDER BY opened_at DESC, case_id
LIMIT :limit!::int;

/* @name ListCasePage */
-- A page of the cases (GET /v1/deviation-cases), the whole list counted on every row (readPage); ties broken by case id.
SELECT case_id, kpi_id, scope, status_type, period, value, threshold, phase, root_cause, owner, actions, outcome,
  latest_value, crossings, opened_at, updated_at, closed_at, COUNT(*) OVER () AS "total!"
FROM deviation_cases
WHERE (:phase::text IS NULL OR phase = :phase OR (:phase = 'open' AND phase <> 'closed'))
  AND (:kpiId::text IS NULL OR kpi_id = :kpiId)
  AND (:scope::text IS NULL OR scope = :scope)
ORDER BY
  CASE WHEN :sort!::text = 'openedAt' AND :order!::text = 'asc' THEN opened_at END ASC,
  CASE WHEN :sort!::text = 'openedAt' AND :order!::text = 'desc' THEN opened_at END DESC,
  CASE WHEN :sort!::text = 'updatedAt' AND :order!::text = 'asc' THEN updated_at END ASC,
  CASE WHEN :sort!::text = 'updatedAt' AND :order!::text = 'desc' THEN updated_at END DESC,
  CASE WHEN :sort!::text = 'period' AND :order!::text = 'asc' THEN period END ASC,
  CASE WHEN :sort!::text = 'period' AND :order!::text = 'desc' THEN period END DESC,
  CASE WHEN :order!::text = 'asc' THEN case_id END ASC,
  CASE WHEN :order!::text = 'desc' THEN case_id END DESC
LIMIT :limit!::int OFFSET :offset!::int;

/* @name FindCase */
SELECT case_id, kpi_id, scope, status_type, period, value, threshold, phase, root_cause, owner, actions, outcome,
  latest_value, crossings, opened_at, updated_at, closed_at
FROM deviation_cases
WHERE case_id = :caseId!;

/* @name ListCaseRecords */
SELECT sequence, step, from_phase, to_phase, summary, details, recorded_by, recorded_at
FROM deviation_records
WHERE case_id = :caseId!
ORDER BY sequence;

/* @name TryLockEvaluation */
SELECT pg_try_advisory_lock(hashtext('programme-deviation-evaluation')) AS locked;

/* @name UnlockEvaluation */
SELECT pg_advisory_unlock(hashtext('programme-deviation-evaluation')) AS unlocked;
