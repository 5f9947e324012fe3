/* @name ListThresholdsInForce */
SELECT DISTINCT ON (kpi_id) kpi_id, version, bound, "limit", periods_to_verify, period, changed_by, changed_at, reason, withdrawn
FROM kpi_thresholds
ORDER BY kpi_id, version DESC;

/* @name ListThresholdVersions */
SELECT kpi_id, version, bound, "limit", periods_to_verify, period, changed_by, changed_at, reason, withdrawn
FROM kpi_thresholds
WHERE kpi_id = :kpiId!
ORDER BY version DESC;

/* @name LockThresholdKpi */
SELECT pg_advisory_xact_lock(hashtext('kpi-threshold:' || :kpiId!::text)) AS locked;

/* @name InsertThresholdVersion */
INSERT INTO kpi_thresholds (kpi_id, version, bound, "limit", periods_to_verify, period, changed_by, changed_at, reason)
SELECT :kpiId!, COALESCE(max(version), 0) + 1, :bound!, :limit!, :periodsToVerify!, :period!, :changedBy!, now(), :reason!
FROM kpi_thresholds
WHERE kpi_id = :kpiId!
HAVING :onlyFirst!::boolean IS FALSE OR count(*) = 0
RETURNING kpi_id, version, bound, "limit", periods_to_verify, period, changed_by, changed_at, reason, withdrawn;

/* @name InsertWithdrawal */
INSERT INTO kpi_thresholds (kpi_id, version, bound, "limit", periods_to_verify, period, changed_by, changed_at, reason, withdrawn)
SELECT kpi_id, version + 1, bound, "limit", periods_to_verify, period, :changedBy!, now(), :reason!, true
FROM kpi_thresholds
WHERE kpi_id = :kpiId! AND version = (SELECT max(version) FROM kpi_thresholds WHERE kpi_id = :kpiId!) AND NOT withdrawn
RETURNING kpi_id, version, bound, "limit", periods_to_verify, period, changed_by, changed_at, reason, withdrawn;
