/* @name LockOutboxAggregate */
-- The notification (delivered at commit, dropped at rollback, one per transaction) wakes the relays at once.
SELECT pg_advisory_xact_lock(:lockSpace!::int, hashtext(:aggregateId!)), pg_notify('aeo_outbox', '');

/* @name InsertOutboxEvent */
INSERT INTO outbox (id, aggregatetype, aggregateid, type, topic, subject, source, payload, correlation_id)
VALUES (:id!, :aggregateType!, :aggregateId!, :type!, :topic!, :subject!, :source!, :payload!, :correlationId);

/* @name LockOutboxAggregates */
SELECT count(pg_advisory_xact_lock(:lockSpace!::int, k)), pg_notify('aeo_outbox', '') FROM (SELECT DISTINCT hashtext(a) AS k FROM unnest(:aggregateIds!::text[]) AS a ORDER BY 1) AS keys;

/* @name InsertOutboxEvents */
-- The payloads come as one JSON array (in the order of the ids): unnest of a text[] would quote them again.
INSERT INTO outbox (id, aggregatetype, aggregateid, type, topic, subject, source, payload, correlation_id)
SELECT e.id, :aggregateType!, e.aggregateid, :type!, :topic!, e.subject, :source!, p.payload, e.correlation_id
  FROM unnest(:ids!::uuid[], :aggregateIds!::text[], :subjects!::text[], :correlationIds!::text[]) WITH ORDINALITY AS e(id, aggregateid, subject, correlation_id, n)
  JOIN jsonb_array_elements(:payloads!::jsonb) WITH ORDINALITY AS p(payload, n) ON p.n = e.n
 ORDER BY e.n;
