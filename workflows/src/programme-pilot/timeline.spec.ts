import type { PilotMilestone } from './programme-pilot.contract';
import { DAY_MS, dayStart, daysLeft, dueMilestoneStep, nextMilestoneTime } from './timeline';

describe('the pilot calendar (UTC)', () => {
  const timing = { reminderDays: 7, graceDays: 14 };
  const milestone = (overrides: Partial<PilotMilestone> = {}): PilotMilestone => ({
    milestoneId: '11111111-1111-4111-8111-111111111111',
    title: 'Staff trained',
    workstream: 'training',
    dueOn: '2027-03-20',
    owner: 'officer.bat',
    status: 'open',
    reminded: false,
    ...overrides,
  });
  const at = (date: string, hours = 0) => dayStart(date) + hours * 3_600_000;

  it('reminds the owner from the beginning of the day reminderDays before the due date, until it is late', () => {
    expect(dueMilestoneStep(milestone(), at('2027-03-12', 23), timing)).toBeUndefined();
    expect(dueMilestoneStep(milestone(), at('2027-03-13'), timing)).toBe('remind');
    expect(dueMilestoneStep(milestone(), at('2027-03-20', 23), timing)).toBe('remind');
    expect(dueMilestoneStep(milestone({ reminded: true }), at('2027-03-15'), timing)).toBeUndefined();
  });

  it('marks it late from the day after its due date, escalates it graceDays later; done or escalated, nothing more', () => {
    expect(dueMilestoneStep(milestone(), at('2027-03-21'), timing)).toBe('late');
    expect(dueMilestoneStep(milestone({ status: 'late' }), at('2027-04-03', 23), timing)).toBeUndefined();
    expect(dueMilestoneStep(milestone({ status: 'late' }), at('2027-04-04'), timing)).toBe('escalate');
    expect(dueMilestoneStep(milestone({ status: 'done' }), at('2027-05-01'), timing)).toBeUndefined();
    expect(dueMilestoneStep(milestone({ status: 'escalated' }), at('2027-05-01'), timing)).toBeUndefined();
  });

  it('wakes at the next of these times', () => {
    expect(nextMilestoneTime(milestone(), at('2027-03-01'), timing)).toBe(at('2027-03-13'));
    expect(nextMilestoneTime(milestone({ reminded: true }), at('2027-03-14'), timing)).toBe(at('2027-03-21'));
    // Added after its reminder time: reminded at once (the step is due), then it waits for the lateness.
    expect(nextMilestoneTime(milestone(), at('2027-03-15'), timing)).toBe(at('2027-03-21'));
    expect(nextMilestoneTime(milestone({ status: 'late' }), at('2027-03-22'), timing)).toBe(
      at('2027-03-21') + 14 * DAY_MS,
    );
    expect(nextMilestoneTime(milestone({ status: 'done' }), at('2027-03-22'), timing)).toBeUndefined();
  });

  it('counts the whole days left from today to the due date', () => {
    expect(daysLeft(milestone(), at('2027-03-13', 15))).toBe(7);
    expect(daysLeft(milestone(), at('2027-03-20', 1))).toBe(0);
    expect(daysLeft(milestone(), at('2027-03-25'))).toBe(0);
  });
});
