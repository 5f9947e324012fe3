/* @name RecordCompliance */
INSERT INTO compliance_history (compliance_event_id, taxpayer_id, kind, severity, occurred_at, recorded_by, description, declaration_id)
VALUES (:complianceEventId!, :taxpayerId!, :kind!, :severity!, :occurredAt!, :recordedBy!, :description!, :declarationId)
ON CONFLICT (compliance_event_id) DO NOTHING
RETURNING compliance_event_id;

/* @name FindRecentCompliance */
SELECT taxpayer_id, severity, occurred_at FROM compliance_history
WHERE taxpayer_id = ANY(:taxpayerIds!::text[]) AND occurred_at > :now!::timestamptz - (:horizonDays!::int * interval '1 day');

/* @name SumDeclarationWindows */
SELECT taxpayer_id,
  coalesce(sum(declarations) FILTER (WHERE day > :today!::date - 30), 0) AS "d30_declarations!",
  coalesce(sum(customs_value) FILTER (WHERE day > :today!::date - 30), 0) AS "d30_customs_value!",
  coalesce(sum(duties) FILTER (WHERE day > :today!::date - 30), 0) AS "d30_duties!",
  coalesce(sum(declarations) FILTER (WHERE day > :today!::date - 90), 0) AS "d90_declarations!",
  coalesce(sum(customs_value) FILTER (WHERE day > :today!::date - 90), 0) AS "d90_customs_value!",
  coalesce(sum(duties) FILTER (WHERE day > :today!::date - 90), 0) AS "d90_duties!",
  coalesce(sum(declarations), 0) AS "d365_declarations!",
  coalesce(sum(customs_value), 0) AS "d365_customs_value!",
  coalesce(sum(duties), 0) AS "d365_duties!"
FROM declaration_daily
WHERE taxpayer_id = ANY(:taxpayerIds!::text[]) AND day > :today!::date - 365 AND day <= :today!::date
GROUP BY taxpayer_id;

/* @name AddDeclarationDays */
INSERT INTO declaration_daily (taxpayer_id, day, declarations, customs_value, duties)
SELECT t, d, count(*), sum(v), sum(u) FROM unnest(:taxpayerIds!::text[], :days!::date[], :customsValues!::numeric[], :duties!::numeric[]) AS x(t, d, v, u)
GROUP BY t, d ORDER BY t, d
ON CONFLICT (taxpayer_id, day) DO UPDATE SET
  declarations = declaration_daily.declarations + EXCLUDED.declarations,
  customs_value = declaration_daily.customs_value + EXCLUDED.customs_value,
  duties = declaration_daily.duties + EXCLUDED.duties;

/* @name CountDeclarations */
INSERT INTO operator_risk_profiles (taxpayer_id, declarations_total, first_declaration_at, last_declaration_at, updated_at)
SELECT t, n, f, l, now() FROM unnest(:taxpayerIds!::text[], :counts!::int[], :firsts!::timestamptz[], :lasts!::timestamptz[]) AS x(t, n, f, l) ORDER BY t
ON CONFLICT (taxpayer_id) DO UPDATE SET
  declarations_total = operator_risk_profiles.declarations_total + EXCLUDED.declarations_total,
  first_declaration_at = LEAST(operator_risk_profiles.first_declaration_at, EXCLUDED.first_declaration_at),
  last_declaration_at = GREATEST(operator_risk_profiles.last_declaration_at, EXCLUDED.last_declaration_at),
  updated_at = now()
RETURNING taxpayer_id, declarations_total, risk_score;

/* @name LockRiskScore */
SELECT risk_score FROM operator_risk_profiles WHERE taxpayer_id = :taxpayerId! FOR UPDATE;

/* @name StoreRiskScores */
INSERT INTO operator_risk_profiles (taxpayer_id, operator_id, aeo_status, status_type, risk_score, risk_factors, model_version, scored_at, updated_at)
SELECT t, NULLIF(o, '')::uuid, NULLIF(a, ''), NULLIF(st, ''), s, f, m, :scoredAt!::timestamptz, now()
FROM unnest(:taxpayerIds!::text[], :operatorIds!::text[], :aeoStatuses!::text[], :statusTypes!::text[], :scores!::numeric[], :factors!::jsonb[], :modelVersions!::text[]) AS x(t, o, a, st, s, f, m)
ON CONFLICT (taxpayer_id) DO UPDATE SET
  operator_id = coalesce(EXCLUDED.operator_id, operator_risk_profiles.operator_id),
  aeo_status = EXCLUDED.aeo_status, status_type = EXCLUDED.status_type,
  risk_score = EXCLUDED.risk_score, risk_factors = EXCLUDED.risk_factors, model_version = EXCLUDED.model_version,
  scored_at = EXCLUDED.scored_at, updated_at = now();

/* @name AppendScoreHistory */
INSERT INTO risk_score_history (taxpayer_id, score, previous_score, factors, model_version, trigger, source_event_id, computed_at)
SELECT t, s, NULLIF(p, '')::numeric, f, m, :trigger!, e, :computedAt!::timestamptz
FROM unnest(:taxpayerIds!::text[], :scores!::numeric[], :previousScores!::text[], :factors!::jsonb[], :modelVersions!::text[], :sourceEventIds!::text[]) WITH ORDINALITY AS x(t, s, p, f, m, e, n)
ORDER BY n;

/* @name FindRiskProfile */
SELECT taxpayer_id, operator_id, aeo_status, status_type, risk_score, risk_factors, model_version, scored_at, declarations_total, first_declaration_at, last_declaration_at, updated_at
FROM operator_risk_profiles WHERE taxpayer_id = :taxpayerId OR operator_id = :operatorId::uuid;

/* @name FindScoreChanges */
SELECT score, previous_score, trigger, source_event_id, model_version, computed_at
FROM risk_score_history WHERE taxpayer_id = :taxpayerId! ORDER BY id DESC LIMIT 20;
