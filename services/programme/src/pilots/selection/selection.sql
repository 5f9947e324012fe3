/* @name LockPilot */
SELECT id, code, title, status, max_companies
FROM pilots
WHERE id = :pilotId!
FOR UPDATE;

/* @name FindPilot */
SELECT id, code, title, status, max_companies
FROM pilots
WHERE id = :pilotId!;

/* @name FindTerms */
SELECT pilot_id, draft_programme, answer_days, replacement, updated_by, updated_at
FROM pilot_selection_terms
WHERE pilot_id = :pilotId!;

/* @name SaveTerms */
INSERT INTO pilot_selection_terms (pilot_id, draft_programme, answer_days, replacement, updated_by, updated_at)
VALUES (:pilotId!, :draftProgramme!::jsonb, :answerDays!, :replacement!, :updatedBy!, now())
ON CONFLICT (pilot_id) DO UPDATE SET draft_programme = EXCLUDED.draft_programme, answer_days = EXCLUDED.answer_days,
  replacement = EXCLUDED.replacement, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at
RETURNING pilot_id, draft_programme, answer_days, replacement, updated_by, updated_at;

/* @name NextShortlistSequence */
SELECT coalesce(max(sequence), 0)::int + 1 AS "next!"
FROM pilot_shortlists
WHERE pilot_id = :pilotId!;

/* @name InsertShortlist */
INSERT INTO pilot_shortlists (id, pilot_id, sequence, workflow_id, request, excluded, traders_considered, taken_by, taken_at)
VALUES (:id!, :pilotId!, :sequence!, :workflowId!, :request!::jsonb, :excluded!::jsonb, :tradersConsidered!, :takenBy!, now())
ON CONFLICT (pilot_id, sequence) DO NOTHING
RETURNING id;

/* @name FindShortlistBySequence */
SELECT id FROM pilot_shortlists WHERE pilot_id = :pilotId! AND sequence = :sequence!;

/* @name InsertShortlistCandidate */
INSERT INTO pilot_shortlist_candidates (shortlist_id, rank, taxpayer_id, score, shares, totals, aeo_status, reasons)
VALUES (:shortlistId!, :rank!, :taxpayerId!, :score!, :shares!::jsonb, :totals!::jsonb, :aeoStatus, :reasons!::jsonb);

/* @name ListShortlists */
SELECT id, pilot_id, sequence, workflow_id, request, excluded, traders_considered, taken_by, taken_at
FROM pilot_shortlists
WHERE pilot_id = :pilotId!
ORDER BY sequence DESC
LIMIT :limit!::int;

/* @name ListShortlistCandidates */
SELECT shortlist_id, rank, taxpayer_id, score, shares, totals, aeo_status, reasons
FROM pilot_shortlist_candidates
WHERE shortlist_id = ANY(:shortlistIds!::uuid[])
ORDER BY shortlist_id, rank;

/* @name CountOccupiedPlaces */
SELECT count(*)::int AS "occupied!"
FROM pilot_participants
WHERE pilot_id = :pilotId! AND stage IN ('chosen', 'invited', 'accepted');

/* @name InsertParticipant */
INSERT INTO pilot_participants (pilot_id, taxpayer_id, stage, region, operator_id, shortlist_id, rank, chosen_reason,
  chosen_by, chosen_at, replacing, updated_at)
VALUES (:pilotId!, :taxpayerId!, 'chosen', :region!, :operatorId, :shortlistId!, :rank!, :reason!, :chosenBy!, now(),
  :replacing, now())
ON CONFLICT (pilot_id, taxpayer_id) DO NOTHING
RETURNING chosen_at;

/* @name MarkReplaced */
UPDATE pilot_participants
SET stage = 'replaced', replaced_by = :replacedBy!, updated_at = now()
WHERE pilot_id = :pilotId! AND taxpayer_id = :taxpayerId! AND stage IN ('declined', 'expired')
RETURNING taxpayer_id;

/* @name LockParticipant */
SELECT pilot_id, taxpayer_id, stage, region, operator_id, shortlist_id, rank, chosen_reason, chosen_by, chosen_at,
  replacing, replaced_by, answer_due_at, answered_at, answered_by, reason, updated_at
FROM pilot_participants
WHERE pilot_id = :pilotId! AND taxpayer_id = :taxpayerId!
FOR UPDATE;

/* @name ListParticipants */
SELECT pilot_id, taxpayer_id, stage, region, operator_id, shortlist_id, rank, chosen_reason, chosen_by, chosen_at,
  replacing, replaced_by, answer_due_at, answered_at, answered_by, reason, updated_at
FROM pilot_participants
WHERE pilot_id = :pilotId! AND (:region::text IS NULL OR region = :region)
ORDER BY chosen_at, taxpayer_id;

/* @name ListChosenNotInvited */
-- Only of a pilot still planned or running: a cancelled or ended pilot invites no one (its open
-- invitations are withdrawn when it is over).
SELECT p.pilot_id, p.taxpayer_id, p.region, coalesce(t.answer_days, 14) AS "answer_days!"
FROM pilot_participants p
JOIN pilots pl ON pl.id = p.pilot_id AND pl.status IN ('planned', 'running')
LEFT JOIN pilot_selection_terms t ON t.pilot_id = p.pilot_id
WHERE p.stage = 'chosen' AND (:pilotId::uuid IS NULL OR p.pilot_id = :pilotId);

/* @name NextUnchosenCandidate */
SELECT c.shortlist_id, c.rank, c.taxpayer_id
FROM pilot_shortlist_candidates c
WHERE c.shortlist_id = (SELECT id FROM pilot_shortlists WHERE pilot_id = :pilotId! ORDER BY sequence DESC LIMIT 1)
  AND NOT EXISTS (SELECT 1 FROM pilot_participants p WHERE p.pilot_id = :pilotId! AND p.taxpayer_id = c.taxpayer_id)
ORDER BY c.rank
LIMIT 1;

/* @name UpdateParticipantAfterStep */
-- Only from the stages the step moves from: a participant moved meanwhile is left as it is.
UPDATE pilot_participants
SET stage = :stage!, operator_id = coalesce(:operatorId::uuid, operator_id), answer_due_at = coalesce(:answerDueAt, answer_due_at),
  answered_at = :answeredAt, answered_by = :answeredBy, reason = :reason, updated_at = now()
WHERE pilot_id = :pilotId! AND taxpayer_id = :taxpayerId! AND stage = ANY(:fromStages!::text[])
RETURNING stage;

/* @name InsertParticipantRecord */
INSERT INTO pilot_participant_records (pilot_id, taxpayer_id, sequence, step, from_stage, to_stage, details, recorded_by, recorded_at)
VALUES (:pilotId!, :taxpayerId!, :sequence!, :step!, :fromStage!, :toStage!, :details!::jsonb, :recordedBy!, now())
ON CONFLICT (pilot_id, taxpayer_id, sequence) DO NOTHING
RETURNING sequence, recorded_at;

/* @name FindParticipantRecord */
SELECT step, to_stage
FROM pilot_participant_records
WHERE pilot_id = :pilotId! AND taxpayer_id = :taxpayerId! AND sequence = :sequence!;

/* @name ListParticipantRecords */
SELECT sequence, step, from_stage, to_stage, details, recorded_by, recorded_at
FROM pilot_participant_records
WHERE pilot_id = :pilotId! AND taxpayer_id = :taxpayerId!
ORDER BY sequence;

/* @name NextParticipantSequence */
SELECT coalesce(max(sequence), 0)::int + 1 AS "next!"
FROM pilot_participant_records
WHERE pilot_id = :pilotId! AND taxpayer_id = :taxpayerId!;

/* @name SetParticipantOperator */
UPDATE pilot_participants
SET operator_id = :operatorId!, updated_at = now()
WHERE pilot_id = :pilotId! AND taxpayer_id = :taxpayerId!;
