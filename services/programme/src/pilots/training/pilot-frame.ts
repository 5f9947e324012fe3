/**
 * A pilot's time frame, in UTC as the pilot workflow keeps it (workflows/src/programme-pilot/
 * timeline.ts): it starts at the beginning of its start date and ends at the end of its current
 * end date (moved by extensions).
 */
const DAY_MS = 86_400_000;

export interface PilotDates {
  startsOn: string;
  endsOn: string;
}

/** The beginning (00:00 UTC) of the pilot's start date. */
export const pilotStartsAt = (pilot: Pick<PilotDates, 'startsOn'>): Date => new Date(`${pilot.startsOn}T00:00:00.000Z`);

/** The end of the pilot's current end date: the beginning (00:00 UTC) of the day after. */
export const pilotEndsAt = (pilot: Pick<PilotDates, 'endsOn'>): Date =>
  new Date(Date.parse(`${pilot.endsOn}T00:00:00.000Z`) + DAY_MS);

/**
 * Why a training session does not fit in the pilot's time frame (`field: reason`), if it does not:
 * it starts on or after the pilot's start and ends by the end of the pilot's end date.
 */
export function sessionOutsidePilot(
  session: { startsAt: string; endsAt: string },
  pilot: PilotDates,
): string | undefined {
  const frame = `the pilot runs from ${pilot.startsOn} to ${pilot.endsOn} (UTC)`;
  if (Date.parse(session.startsAt) < pilotStartsAt(pilot).getTime())
    return `startsAt: must not be before the pilot starts: ${frame}`;
  if (Date.parse(session.startsAt) >= pilotEndsAt(pilot).getTime())
    return `startsAt: must be before the pilot ends: ${frame}`;
  if (Date.parse(session.endsAt) > pilotEndsAt(pilot).getTime())
    return `endsAt: must not be after the pilot ends: ${frame}`;
  return undefined;
}
