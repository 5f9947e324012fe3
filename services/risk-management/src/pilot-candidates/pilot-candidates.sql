/* @name SumTraderActivity */
SELECT d.taxpayer_id,
  sum(d.declarations)::bigint AS "declarations!",
  sum(d.customs_value) AS "customs_value!",
  sum(d.duties) AS "duties!",
  (SELECT count(*) FROM compliance_history c
    WHERE c.taxpayer_id = d.taxpayer_id AND c.severity IN ('serious', 'critical')
      AND c.occurred_at >= now() - make_interval(years => :exclusionYears!::int)) AS "serious!",
  (SELECT s.status_type || ' ' || s.status FROM aeo_status s WHERE s.taxpayer_id = d.taxpayer_id) AS aeo_status,
  -- The grant's own date of effect and its status's (a suspension, revocation…): what is not in force yet.
  (SELECT s.effective_from FROM aeo_status s WHERE s.taxpayer_id = d.taxpayer_id) AS aeo_effective_from,
  (SELECT s.status_effective_from FROM aeo_status s WHERE s.taxpayer_id = d.taxpayer_id) AS aeo_status_effective_from
FROM declaration_daily d
WHERE d.day >= current_date - :windowDays!::int
GROUP BY d.taxpayer_id;
