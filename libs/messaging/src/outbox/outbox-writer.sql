/* @name LockOutboxAggregate */
-- The notification (delivered at commit, dropped at rollback, one per transaction) wakes the relays at once.
SELECT pg_advisory_xact_lock(:lockSpace!::int, hashtext(:aggregateId!)), pg_notify('aeo_outbox', '');

/* @name InsertOutboxEvent */
INSERT INTO outbox (id, aggregatetype, aggregateid, type, topic, subject, source, payload, correlation_id)
VALUES (:id!, :aggregateType!, :aggregateId!, :type!, :topic!, :subject!, :source!, :payload!, :correlationId);

/* @name InsertOutboxEvents */
-- One statement: the aggregates' locks in a fixed order (no deadlock with another batch) and the
-- notification, then the rows. The locks come first: the rows wait on the one-time filter, and a
-- row takes its seq only once it passes, so per aggregate seq order is commit order.
-- The payloads come as one JSON array (in the order of the ids): unnest of a text[] would quote them again.
WITH locked AS (
  SELECT count(pg_advisory_xact_lock(:lockSpace!::int, k)) AS n, pg_notify('aeo_outbox', '')
    FROM (SELECT DISTINCT hashtext(a) AS k FROM unnest(:aggregateIds!::text[]) AS a ORDER BY 1) AS keys
)
INSERT INTO outbox (id, aggregatetype, aggregateid, type, topic, subject, source, payload, correlation_id)
SELECT e.id, :aggregateType!, e.aggregateid, :type!, :topic!, e.subject, :source!, p.payload, e.correlation_id
  FROM unnest(:ids!::uuid[], :aggregateIds!::text[], :subjects!::text[], :correlationIds!::text[]) WITH ORDINALITY AS e(id, aggregateid, subject, correlation_id, n)
  JOIN jsonb_array_elements(:payloads!::jsonb) WITH ORDINALITY AS p(payload, n) ON p.n = e.n
 WHERE (SELECT n FROM locked) IS NOT NULL
 ORDER BY e.n;
