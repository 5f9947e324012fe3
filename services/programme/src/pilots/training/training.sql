/* @name InsertSession */
INSERT INTO pilot_training_sessions (id, pilot_id, topic, required, starts_at, ends_at, place, link, audience, capacity, created_by)
VALUES (:id!, :pilotId!, :topic!, :required!, :startsAt!, :endsAt!, :place, :link, :audience!, :capacity!, :createdBy!)
RETURNING id, pilot_id, topic, required, starts_at, ends_at, place, link, audience, capacity, created_by, created_at, attendance_recorded_at,
  0::int AS registered;

/* @name ListSessions */
SELECT s.id, s.pilot_id, s.topic, s.required, s.starts_at, s.ends_at, s.place, s.link, s.audience, s.capacity, s.created_by, s.created_at,
  s.attendance_recorded_at, (SELECT count(*)::int FROM pilot_training_registrations r WHERE r.session_id = s.id) AS registered
FROM pilot_training_sessions s
WHERE s.pilot_id = :pilotId! AND (:audience::text IS NULL OR s.audience = :audience)
ORDER BY s.starts_at, s.id
LIMIT 1000;

/* @name FindSession */
SELECT s.id, s.pilot_id, s.topic, s.required, s.starts_at, s.ends_at, s.place, s.link, s.audience, s.capacity, s.created_by, s.created_at,
  s.attendance_recorded_at, (SELECT count(*)::int FROM pilot_training_registrations r WHERE r.session_id = s.id) AS registered
FROM pilot_training_sessions s
WHERE s.id = :sessionId! AND s.pilot_id = :pilotId!;

/* @name LockSession */
SELECT id FROM pilot_training_sessions WHERE id = :sessionId! FOR UPDATE;

/* @name InsertRegistration */
INSERT INTO pilot_training_registrations (id, session_id, taxpayer_id, region, staff_sub, person_name, person_role, registered_by)
VALUES (:id!, :sessionId!, :taxpayerId, :region, :staffSub, :personName!, :personRole!, :registeredBy!)
ON CONFLICT DO NOTHING
RETURNING id, session_id, taxpayer_id, region, staff_sub, person_name, person_role, registered_by, registered_at, attended, attendance_by, attendance_at;

/* @name ListRegistrations */
SELECT id, session_id, taxpayer_id, region, staff_sub, person_name, person_role, registered_by, registered_at, attended, attendance_by, attendance_at
FROM pilot_training_registrations
WHERE session_id = :sessionId!
ORDER BY registered_at, id;

/* @name RecordAttendance */
UPDATE pilot_training_registrations
SET attended = :attended!, attendance_by = :by!, attendance_at = now()
WHERE session_id = :sessionId! AND id = ANY (:ids!::uuid[])
RETURNING id, taxpayer_id;

/* @name MarkAttendanceRecorded */
UPDATE pilot_training_sessions SET attendance_recorded_at = now() WHERE id = :sessionId!;

/* @name InsertMaterial */
INSERT INTO pilot_training_materials (id, session_id, title, link, document_ref, added_by)
VALUES (:id!, :sessionId!, :title!, :link, :documentRef, :addedBy!)
RETURNING id, session_id, title, link, document_ref, added_by, added_at;

/* @name ListMaterials */
SELECT id, session_id, title, link, document_ref, added_by, added_at
FROM pilot_training_materials
WHERE session_id = :sessionId!
ORDER BY added_at, id;

/* @name RequiredTopics */
SELECT DISTINCT topic FROM pilot_training_sessions
WHERE pilot_id = :pilotId! AND required AND audience = 'company-staff'
ORDER BY topic;

/* @name AttendedTopics */
SELECT DISTINCT s.topic
FROM pilot_training_registrations r JOIN pilot_training_sessions s ON s.id = r.session_id
WHERE s.pilot_id = :pilotId! AND r.taxpayer_id = :taxpayerId! AND r.attended
ORDER BY s.topic;

/* @name InsertCompletion */
INSERT INTO pilot_training_completions (pilot_id, taxpayer_id, topics)
VALUES (:pilotId!, :taxpayerId!, :topics!)
ON CONFLICT DO NOTHING
RETURNING pilot_id, taxpayer_id, topics, completed_at;

/* @name FindCompletion */
SELECT pilot_id, taxpayer_id, topics, completed_at FROM pilot_training_completions
WHERE pilot_id = :pilotId! AND taxpayer_id = :taxpayerId!;

/* @name CountTrainedParticipants */
SELECT count(*)::int AS accepted, count(c.taxpayer_id)::int AS trained
FROM pilot_participants p
LEFT JOIN pilot_training_completions c ON c.pilot_id = p.pilot_id AND c.taxpayer_id = p.taxpayer_id
WHERE p.pilot_id = :pilotId! AND p.stage = 'accepted';
