/* @name InsertFixtureStep */
INSERT INTO human_steps (subject_type, subject_id, step, request_hash, request, summary, actor)
VALUES ('typed-sql-fixture', :subjectId!, :step!, 'hash', '{}', :summary!, 'fixture')
RETURNING subject_id, step;

/* @name FindFixtureSteps */
SELECT subject_id, step, summary, applied_at FROM human_steps
WHERE subject_type = 'typed-sql-fixture' AND subject_id = :subjectId!
ORDER BY step;

/* @name RenameFixtureSteps */
UPDATE human_steps SET summary = :summary! WHERE subject_type = 'typed-sql-fixture' AND subject_id = :subjectId!;

/* @name DeleteFixtureSteps */
DELETE FROM human_steps WHERE subject_type = 'typed-sql-fixture' AND subject_id = :subjectId!;

/* @name FixtureDates */
SELECT :day!::date AS "day!", (:day!::date + 1) AS "next_day!", ARRAY[:day!::date, :day!::date - 1] AS "days!", :at!::timestamptz AS "at!";
