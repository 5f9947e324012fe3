/* @name RecordProbeEffect */
INSERT INTO probe_effects (probe_id, sequence, event_id) VALUES (:probeId!, :sequence!, :eventId!);

/* @name RecordProbeEffects */
INSERT INTO probe_effects (probe_id, sequence, event_id)
SELECT p, s, e FROM unnest(:probeIds!::text[], :sequences!::int[], :eventIds!::text[]) WITH ORDINALITY AS x(p, s, e, n) ORDER BY n;

/* @name FindProbeEffects */
SELECT probe_id, sequence, event_id FROM probe_effects ORDER BY id;

/* @name CountProbeEffects */
SELECT count(*)::int AS "n!" FROM probe_effects WHERE (:eventId::text IS NULL OR event_id = :eventId::text);

/* @name FindOutboxSentAt */
SELECT sent_at FROM outbox WHERE id = :id!;

/* @name CountInboxEntries */
SELECT count(*)::int AS "n!" FROM inbox WHERE event_id LIKE ANY(:patterns!::text[]);
