/* @name FindPilotForBenefitsTest */
SELECT id, status FROM pilots WHERE id = :pilotId!;

/* @name ListMilestonesForBenefitsTest */
SELECT id, title, due_on::text AS "due_on!" FROM pilot_milestones WHERE pilot_id = :pilotId! ORDER BY due_on, id;

/* @name ListPilotCompaniesWithGrants */
-- The companies that accepted to take part (the selection's participant list, which links the taxpayer id their
-- declarations carry to the operator id the grants carry) and each one's first AEO grant, if any.
SELECT p.taxpayer_id, p.region, p.operator_id, g.decided_at AS "certified_at?", g.status_type AS "status_type?",
  g.authorisation_number AS "authorisation_number?"
FROM pilot_participants p
LEFT JOIN LATERAL (
  SELECT g.decided_at, g.status_type, g.authorisation_number
  FROM certification_grants g
  WHERE g.operator_id = p.operator_id
  ORDER BY g.decided_at, g.authorisation_number
  LIMIT 1
) g ON true
WHERE p.pilot_id = :pilotId! AND p.stage = 'accepted' AND (:region::text IS NULL OR p.region = :region)
ORDER BY p.taxpayer_id;

/* @name WindowFigures */
-- Per window ordinal: the declarations of its traders lodged in [from, to) (in the region, unless it is '') whose
-- lodgement and channel decision are both in: their controls, benefits received, priority, and the time from
-- lodgement to decision. Several traders under one ordinal are pooled as one sample.
SELECT w.ordinal AS "ordinal!",
  count(f.declaration_id)::int AS "declarations!",
  count(*) FILTER (WHERE f.channel = 'yellow')::int AS "documentary!",
  count(*) FILTER (WHERE f.channel = 'red')::int AS "physical!",
  count(*) FILTER (WHERE f.channel = 'green' AND f.aeo_status_type IS NOT NULL)::int AS "benefited!",
  count(*) FILTER (WHERE f.priority)::int AS "priority!",
  avg(extract(epoch FROM f.decided_at - f.lodged_at))::float8 AS mean_decision_seconds,
  percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM f.decided_at - f.lodged_at))::float8
    AS median_decision_seconds
FROM unnest(:ordinals!::int[], :taxpayerIds!::text[], :regions!::text[], :froms!::timestamptz[], :tos!::timestamptz[])
  AS w(ordinal, taxpayer_id, region, from_at, to_at)
LEFT JOIN declaration_benefit_facts f ON f.trader_taxpayer_id = w.taxpayer_id
  AND (w.region = '' OR f.region = w.region) AND f.lodged_at >= w.from_at AND f.lodged_at < w.to_at
  AND f.decision_event_id IS NOT NULL
GROUP BY w.ordinal
ORDER BY w.ordinal;

/* @name ComparableTraders */
-- Per window (a region, from, to, a volume band, the company's own volume): the traders whose declarations lodged in
-- the region in [from, to), decided, number within the band; never a company accepted into any pilot, nor a trader any
-- of whose channel decisions applied an AEO standing. At most maxTraders per window: those whose volume is closest to
-- the company's, then by taxpayer id; "eligible" counts them all. Windows of the same region and span share one count
-- of the region's declarations (a company measured as of several points mostly repeats its after-window), and each
-- trader in a band is checked once.
WITH windows AS (
  SELECT * FROM unnest(:regions!::text[], :froms!::timestamptz[], :tos!::timestamptz[], :minVolumes!::int[],
    :maxVolumes!::int[], :companyVolumes!::int[])
    WITH ORDINALITY AS w(region, from_at, to_at, min_volume, max_volume, company_volume, ordinal)
),
spans AS (
  SELECT DISTINCT region, from_at, to_at FROM windows WHERE min_volume <= max_volume
),
volumes AS MATERIALIZED (
  SELECT s.region, s.from_at, s.to_at, v.taxpayer_id, v.volume
  FROM spans s
  CROSS JOIN LATERAL (
    SELECT f.trader_taxpayer_id AS taxpayer_id, count(*) AS volume
    FROM declaration_benefit_facts f
    WHERE f.region = s.region AND f.lodged_at >= s.from_at AND f.lodged_at < s.to_at
      AND f.decision_event_id IS NOT NULL AND f.trader_taxpayer_id IS NOT NULL
    GROUP BY f.trader_taxpayer_id
  ) v
),
banded AS MATERIALIZED (
  SELECT w.ordinal, w.company_volume, v.taxpayer_id, v.volume
  FROM windows w
  JOIN volumes v ON v.region = w.region AND v.from_at = w.from_at AND v.to_at = w.to_at
  WHERE v.volume BETWEEN w.min_volume AND w.max_volume
),
excluded AS MATERIALIZED (
  SELECT c.taxpayer_id
  FROM (SELECT DISTINCT taxpayer_id FROM banded) c
  WHERE EXISTS (
      SELECT 1 FROM declaration_benefit_facts a WHERE a.trader_taxpayer_id = c.taxpayer_id AND a.aeo_status_type IS NOT NULL
    )
    OR EXISTS (SELECT 1 FROM pilot_participants p WHERE p.taxpayer_id = c.taxpayer_id AND p.stage = 'accepted')
),
eligible AS (
  SELECT b.ordinal, b.taxpayer_id,
    row_number() OVER (PARTITION BY b.ordinal ORDER BY abs(b.volume - b.company_volume), b.taxpayer_id) AS closeness,
    count(*) OVER (PARTITION BY b.ordinal) AS eligible
  FROM banded b
  WHERE b.taxpayer_id NOT IN (SELECT taxpayer_id FROM excluded)
)
SELECT e.ordinal::int AS "ordinal!", e.taxpayer_id AS "taxpayer_id!", e.eligible::int AS "eligible!"
FROM eligible e
WHERE e.closeness <= :maxTraders!::int
ORDER BY e.ordinal, e.taxpayer_id;
