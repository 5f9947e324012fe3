/* @name FindValidator */
SELECT sub, name, region, active FROM validators WHERE sub = :sub!;

/* @name LockValidator */
SELECT sub, name, region, active FROM validators WHERE sub = :sub! FOR UPDATE;

/* @name ShareLockValidator */
SELECT sub, name, region, active FROM validators WHERE sub = :sub! FOR SHARE;

/* @name InsertValidator */
INSERT INTO validators (sub, name, region, active, registered_by) VALUES (:sub!, :name!, :region!, :active!, :registeredBy!) ON CONFLICT (sub) DO NOTHING RETURNING sub;

/* @name UpdateValidatorInScope */
UPDATE validators SET name = :name!, region = :region!, active = :active! WHERE sub = :sub! AND (:scope::text IS NULL OR region = :scope);

/* @name ListValidators */
SELECT v.sub, v.name, v.region, v.active, count(c.id)::int AS "open_cases!"
FROM validators v LEFT JOIN validation_cases c ON c.assigned_validator = v.sub AND c.status = 'open'
WHERE :region::text IS NULL OR v.region = :region
GROUP BY v.sub ORDER BY v.region, v.sub;

/* @name LeastBusyValidator */
SELECT v.sub FROM validators v LEFT JOIN validation_cases c ON c.assigned_validator = v.sub AND c.status = 'open'
WHERE v.region = :region! AND v.active GROUP BY v.sub ORDER BY count(c.id), v.sub LIMIT 1;
