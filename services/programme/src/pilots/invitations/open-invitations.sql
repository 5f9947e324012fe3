/* @name ListPilotsToSweep */
-- Pilots over (cancelled, or ended and after) with a candidate still chosen or invited that is due:
-- never told with pilotOver, or its back-off passed (a workflow running but not progressing is not
-- signalled on every sweep). The least recently swept first, so that pilots that stay stuck go to
-- the back of the line instead of filling every sweep's list.
SELECT pl.id, pl.code, pl.status, pl.cancel_reason
FROM pilots pl
LEFT JOIN pilot_invitation_sweeps s ON s.pilot_id = pl.id
WHERE pl.status IN ('cancelled', 'ended', 'reported', 'closed')
  AND EXISTS (
    SELECT 1
    FROM pilot_participants p
    LEFT JOIN pilot_over_signals o ON o.pilot_id = p.pilot_id AND o.taxpayer_id = p.taxpayer_id
    WHERE p.pilot_id = pl.id AND p.stage IN ('chosen', 'invited') AND (o.next_at IS NULL OR o.next_at <= now())
  )
ORDER BY s.swept_at NULLS FIRST, pl.updated_at, pl.id
LIMIT :limit!::int;

/* @name MarkPilotSwept */
INSERT INTO pilot_invitation_sweeps (pilot_id, swept_at)
VALUES (:pilotId!, now())
ON CONFLICT (pilot_id) DO UPDATE SET swept_at = now();

/* @name ListOpenCandidatesDue */
-- A pilot's candidates still chosen or invited whose pilotOver signal is due (never sent, or its back-off passed).
SELECT p.taxpayer_id, p.stage
FROM pilot_participants p
LEFT JOIN pilot_over_signals o ON o.pilot_id = p.pilot_id AND o.taxpayer_id = p.taxpayer_id
WHERE p.pilot_id = :pilotId! AND p.stage IN ('chosen', 'invited') AND (o.next_at IS NULL OR o.next_at <= now())
ORDER BY p.taxpayer_id;

/* @name RecordPilotOverSignal */
-- After the n-th signal the next is due baseSeconds * 2^(n-1) later, at most maxSeconds.
INSERT INTO pilot_over_signals (pilot_id, taxpayer_id, signals, signalled_at, next_at)
VALUES (:pilotId!, :taxpayerId!, 1, now(), now() + make_interval(secs => :baseSeconds!::float8))
ON CONFLICT (pilot_id, taxpayer_id) DO UPDATE
SET signals = pilot_over_signals.signals + 1,
    signalled_at = now(),
    next_at = now() + make_interval(secs => least(:baseSeconds!::float8 * power(2, pilot_over_signals.signals), :maxSeconds!::float8))
RETURNING signals, next_at;
