import { SAMPLES } from '../templates/template-samples';
import { render } from '../templates/templates';
import { routesFor } from './routes';

const who = (eventType: string, data: Record<string, unknown>) =>
  routesFor(eventType, data).map((route) => `${route.audience} ${route.template}`);

describe('pilot people and milestones: routing and messages', () => {
  it('tells a withdrawn company and the contact officer the pilot gave it', () => {
    expect(who('aeo.programme.pilot.participant-withdrawn.v1', {})).toEqual([
      'operator pilot-participant-withdrawn.v1',
      'pilot-contact-officers staff-pilot-participant-withdrawn.v1',
    ]);
  });

  it('sends a training session to those it is for: the companies taking part, or the pilot’s contact officers', () => {
    expect(who('aeo.programme-pilot.training-session-scheduled.v1', { audience: 'company-staff' })).toEqual([
      'pilot-companies pilot-training-session-scheduled.v1',
    ]);
    expect(who('aeo.programme-pilot.training-session-scheduled.v1', { audience: 'customs-staff' })).toEqual([
      'pilot-contact-officers staff-pilot-training-session-scheduled.v1',
    ]);
  });

  it('tells a new milestone’s owner; a milestone done the policy unit, and the executives when it had been escalated', () => {
    expect(who('aeo.programme-pilot-milestone.planned.v1', {})).toEqual([
      'milestone-owner staff-pilot-milestone-planned.v1',
    ]);
    expect(who('aeo.programme-pilot-milestone.done.v1', { from: 'late' })).toEqual([
      'policy-unit staff-pilot-milestone-done.v1',
    ]);
    expect(who('aeo.programme-pilot-milestone.done.v1', { from: 'escalated' })).toEqual([
      'policy-unit staff-pilot-milestone-done.v1',
      'executives staff-pilot-milestone-done.v1',
    ]);
  });

  it('says whether a company-staff session is required, in the recipient’s language', () => {
    const [companyStaff] = SAMPLES['aeo.programme-pilot.training-session-scheduled.v1']!;
    const en = render('pilot-training-session-scheduled.v1', 'en', companyStaff!, 'Asia/Ulaanbaatar');
    expect(en.body).toContain('It is a required topic of your company’s training.');
    const optional = render('pilot-training-session-scheduled.v1', 'mn', { ...companyStaff, required: false });
    expect(optional.body).toContain('Энэ сургалт сонголтот.');
    const [escalated] = SAMPLES['aeo.programme-pilot-milestone.done.v1']!;
    expect(render('staff-pilot-milestone-done.v1', 'en', escalated!).body).toContain(
      'after it had been escalated to the executives',
    );
  });
});
