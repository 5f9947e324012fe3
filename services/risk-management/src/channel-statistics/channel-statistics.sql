/* @name CountDecisionsByAeoAndChannel */
SELECT aeo_status_type AS aeo, channel, count(*)::int AS "n!"
FROM channel_decisions
WHERE lodged_at >= (:from!::date)::timestamp AT TIME ZONE 'UTC' AND lodged_at < (:to!::date + 1)::timestamp AT TIME ZONE 'UTC'
  AND (:region::text IS NULL OR region = :region)
GROUP BY 1, 2;

/* @name CountDecisionsWithoutFacts */
SELECT count(*)::int AS "n!" FROM channel_decisions
WHERE lodged_at IS NULL AND decided_at >= (:from!::date)::timestamp AT TIME ZONE 'UTC' AND decided_at < (:to!::date + 1)::timestamp AT TIME ZONE 'UTC';
