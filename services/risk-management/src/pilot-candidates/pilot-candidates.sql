/* @name SumTraderActivity */
SELECT d.taxpayer_id,
  sum(d.declarations)::bigint AS "declarations!",
  sum(d.customs_value) AS "customs_value!",
  sum(d.duties) AS "duties!",
  (SELECT count(*) FROM compliance_history c
    WHERE c.taxpayer_id = d.taxpayer_id AND c.severity IN ('serious', 'critical')
      AND c.occurred_at >= now() - make_interval(years => :exclusionYears!::int)) AS "serious!",
  s.status_type || ' ' || s.status AS "aeo_status?",
  -- The grant's own date of effect and its status's (a suspension, revocation…): what is not in force yet.
  s.effective_from AS "aeo_effective_from?",
  s.status_effective_from AS "aeo_status_effective_from?"
FROM declaration_daily d
-- One register row at most per trader (its key): grouped by it, its columns are the group's.
LEFT JOIN aeo_status s ON s.taxpayer_id = d.taxpayer_id
WHERE d.day >= current_date - :windowDays!::int
GROUP BY d.taxpayer_id, s.taxpayer_id;
