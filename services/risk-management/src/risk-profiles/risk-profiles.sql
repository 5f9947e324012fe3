/* @name RecordCompliance */
INSERT INTO compliance_history (compliance_event_id, taxpayer_id, kind, severity, occurred_at, recorded_by, description, declaration_id)
VALUES (:complianceEventId!, :taxpayerId!, :kind!, :severity!, :occurredAt!, :recordedBy!, :description!, :declarationId)
ON CONFLICT (compliance_event_id) DO NOTHING
RETURNING compliance_event_id;

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

/* @name FindScoringFacts */
-- What scoring the traders needs, in one statement, once their profile rows are locked: the rolling
-- declaration windows (30, 90, 365 days) ending on :today (UTC) from the daily buckets, the compliance
-- events of the horizon before :now (severities and times in matching order) and the register's row
-- now (aeo_* null when not an AEO). One row per trader asked.
SELECT t.taxpayer_id AS "taxpayer_id!",
  w.d30_declarations AS "d30_declarations!", w.d30_customs_value AS "d30_customs_value!", w.d30_duties AS "d30_duties!",
  w.d90_declarations AS "d90_declarations!", w.d90_customs_value AS "d90_customs_value!", w.d90_duties AS "d90_duties!",
  w.d365_declarations AS "d365_declarations!", w.d365_customs_value AS "d365_customs_value!", w.d365_duties AS "d365_duties!",
  c.severities AS "compliance_severities!", c.occurred_ats AS "compliance_occurred_ats!",
  s.taxpayer_id AS "aeo_taxpayer_id?", s.operator_id AS aeo_operator_id, s.authorisation_number AS aeo_authorisation_number,
  s.status_type AS aeo_status_type, s.status AS aeo_status, s.suspended_scope AS aeo_suspended_scope,
  s.effective_from AS aeo_effective_from, s.status_effective_from AS aeo_status_effective_from,
  s.consent_to_mra_sharing AS aeo_consent_to_mra_sharing
FROM unnest(:taxpayerIds!::text[]) AS t(taxpayer_id)
CROSS JOIN LATERAL (
  SELECT
    coalesce(sum(declarations) FILTER (WHERE day > :today!::date - 30), 0) AS d30_declarations,
    coalesce(sum(customs_value) FILTER (WHERE day > :today!::date - 30), 0) AS d30_customs_value,
    coalesce(sum(duties) FILTER (WHERE day > :today!::date - 30), 0) AS d30_duties,
    coalesce(sum(declarations) FILTER (WHERE day > :today!::date - 90), 0) AS d90_declarations,
    coalesce(sum(customs_value) FILTER (WHERE day > :today!::date - 90), 0) AS d90_customs_value,
    coalesce(sum(duties) FILTER (WHERE day > :today!::date - 90), 0) AS d90_duties,
    coalesce(sum(declarations), 0) AS d365_declarations,
    coalesce(sum(customs_value), 0) AS d365_customs_value,
    coalesce(sum(duties), 0) AS d365_duties
  FROM declaration_daily d
  WHERE d.taxpayer_id = t.taxpayer_id AND d.day > :today!::date - 365 AND d.day <= :today!::date
) w
CROSS JOIN LATERAL compliance_within_horizon(t.taxpayer_id, :now!::timestamptz, :horizonDays!::int) c
LEFT JOIN aeo_status s ON s.taxpayer_id = t.taxpayer_id;

/* @name CountDeclarations */
INSERT INTO operator_risk_profiles (taxpayer_id, declarations_total, first_declaration_at, last_declaration_at, updated_at)
SELECT t, n, f, l, now() FROM unnest(:taxpayerIds!::text[], :counts!::int[], :firsts!::timestamptz[], :lasts!::timestamptz[]) AS x(t, n, f, l) ORDER BY t
ON CONFLICT (taxpayer_id) DO UPDATE SET
  declarations_total = operator_risk_profiles.declarations_total + EXCLUDED.declarations_total,
  first_declaration_at = LEAST(operator_risk_profiles.first_declaration_at, EXCLUDED.first_declaration_at),
  last_declaration_at = GREATEST(operator_risk_profiles.last_declaration_at, EXCLUDED.last_declaration_at),
  updated_at = now()
RETURNING taxpayer_id, declarations_total, risk_score, scored_at;

/* @name LockRiskScore */
SELECT risk_score FROM operator_risk_profiles WHERE taxpayer_id = :taxpayerId! FOR UPDATE;

/* @name StoreProfileChanges */
-- Every write of a batch of declarations (or a rescore), in one statement: the daily declaration
-- buckets, the traders' scores (their profile rows locked by then: the batch's count, the rescore's
-- lock), the score changes in order, and the channel decisions those scores decided (none for a
-- rescore; the unique declaration id fails the whole statement on a duplicate). The sub-statements
-- touch different tables, so running them as one changes nothing any of them does. :keepNewerScores
-- leaves a profile scored later than :at as it is (the write-behind's scores were computed at :at).
WITH days AS (
  INSERT INTO declaration_daily (taxpayer_id, day, declarations, customs_value, duties)
  SELECT t, d, count(*), sum(v), sum(u) FROM unnest(:dayTaxpayerIds!::text[], :days!::date[], :dayCustomsValues!::numeric[], :dayDuties!::numeric[]) AS x(t, d, v, u)
  GROUP BY t, d ORDER BY t, d
  ON CONFLICT (taxpayer_id, day) DO UPDATE SET
    declarations = declaration_daily.declarations + EXCLUDED.declarations,
    customs_value = declaration_daily.customs_value + EXCLUDED.customs_value,
    duties = declaration_daily.duties + EXCLUDED.duties
), scores AS (
  INSERT INTO operator_risk_profiles (taxpayer_id, operator_id, aeo_status, status_type, risk_score, risk_factors, model_version, scored_at, updated_at)
  SELECT t, NULLIF(o, '')::uuid, NULLIF(a, ''), NULLIF(st, ''), s, f, m, :at!::timestamptz, now()
  FROM unnest(:profileTaxpayerIds!::text[], :profileOperatorIds!::text[], :profileAeoStatuses!::text[], :profileStatusTypes!::text[], :profileScores!::numeric[], :profileFactors!::jsonb[], :profileModelVersions!::text[]) AS x(t, o, a, st, s, f, m)
  ON CONFLICT (taxpayer_id) DO UPDATE SET
    operator_id = coalesce(EXCLUDED.operator_id, operator_risk_profiles.operator_id),
    aeo_status = EXCLUDED.aeo_status, status_type = EXCLUDED.status_type,
    risk_score = EXCLUDED.risk_score, risk_factors = EXCLUDED.risk_factors, model_version = EXCLUDED.model_version,
    scored_at = EXCLUDED.scored_at, updated_at = now()
  -- The write-behind stores scores computed earlier (at their decision): a rescore stored since is newer.
  WHERE NOT :keepNewerScores!::boolean OR operator_risk_profiles.scored_at IS NULL
    OR operator_risk_profiles.scored_at <= EXCLUDED.scored_at
), history AS (
  INSERT INTO risk_score_history (taxpayer_id, score, previous_score, factors, model_version, trigger, source_event_id, computed_at)
  SELECT t, s, NULLIF(p, '')::numeric, f, m, :trigger!, e, :at!::timestamptz
  FROM unnest(:historyTaxpayerIds!::text[], :historyScores!::numeric[], :historyPreviousScores!::text[], :historyFactors!::jsonb[], :historyModelVersions!::text[], :historySourceEventIds!::text[]) WITH ORDINALITY AS x(t, s, p, f, m, e, n)
  ORDER BY n
)
INSERT INTO channel_decisions (decision_id, declaration_id, trader_taxpayer_id, channel, risk_score, fired_rules, benefits_applied, random_selection, priority, prior_notice, model_version, source_event_id, aeo_status_type, region, customs_office, lodged_at, decided_at)
SELECT d, n, t, c, s, f, b, r, p, pn, m, e, NULLIF(a, ''), rg, o, l, :at!::timestamptz
FROM unnest(:decisionIds!::uuid[], :declarationIds!::text[], :traderTaxpayerIds!::text[], :channels!::text[], :riskScores!::numeric[], :firedRules!::jsonb[], :benefitsApplied!::jsonb[], :randomSelections!::jsonb[], :priorities!::bool[], :priorNotices!::bool[], :modelVersions!::text[], :sourceEventIds!::text[], :aeoStatusTypes!::text[], :regions!::text[], :customsOffices!::text[], :lodgedAts!::timestamptz[])
  AS x(d, n, t, c, s, f, b, r, p, pn, m, e, a, rg, o, l);

/* @name FindRiskProfile */
SELECT taxpayer_id, operator_id, aeo_status, status_type, risk_score, risk_factors, model_version, scored_at, declarations_total, first_declaration_at, last_declaration_at, updated_at
FROM operator_risk_profiles WHERE taxpayer_id = :taxpayerId OR operator_id = :operatorId::uuid;

/* @name FindScoreChanges */
SELECT score, previous_score, trigger, source_event_id, model_version, computed_at
FROM risk_score_history WHERE taxpayer_id = :taxpayerId! ORDER BY id DESC LIMIT 20;
