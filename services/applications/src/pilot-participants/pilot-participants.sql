/* @name UpsertPilotParticipant */
INSERT INTO pilot_participants (pilot_id, taxpayer_id, operator_id, region, accepted_at, event_id)
VALUES (:pilotId!, :taxpayerId!, :operatorId, :region!, :acceptedAt!, :eventId!)
ON CONFLICT (pilot_id, taxpayer_id) DO UPDATE
SET operator_id = COALESCE(EXCLUDED.operator_id, pilot_participants.operator_id), region = EXCLUDED.region,
    accepted_at = EXCLUDED.accepted_at, event_id = EXCLUDED.event_id, recorded_at = now();

/* @name FindPilotOfCompany */
SELECT pilot_id
FROM pilot_participants
WHERE taxpayer_id = :taxpayerId! AND (operator_id IS NULL OR operator_id = :operatorId!)
ORDER BY accepted_at DESC, pilot_id
LIMIT 1;

/* @name ListCertificationsOfCompany */
SELECT a.id AS application_id
FROM applications a
JOIN operators o ON o.id = a.operator_id
WHERE o.taxpayer_id = :taxpayerId! AND (:operatorId::uuid IS NULL OR o.id = :operatorId)
  AND a.status IN ('submitted', 'accepted', 'hearing')
ORDER BY a.submitted_at, a.id;

/* @name SetPilotParticipantOperator */
UPDATE pilot_participants
SET operator_id = :operatorId!, event_id = :eventId!, recorded_at = now()
WHERE pilot_id = :pilotId! AND taxpayer_id = :taxpayerId!
RETURNING region;

/* @name DeletePilotParticipant */
DELETE FROM pilot_participants
WHERE pilot_id = :pilotId! AND taxpayer_id = :taxpayerId!;
