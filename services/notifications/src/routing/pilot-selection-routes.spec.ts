import { SAMPLES } from '../templates/template-samples';
import { render } from '../templates/templates';
import { routesFor } from './routes';

const who = (eventType: string, data: Record<string, unknown>) =>
  routesFor(eventType, data).map((route) => `${route.audience} ${route.template}`);

describe('pilot selection routing and messages', () => {
  it('sends the chosen candidate its invitation and its expiry, and tells the policy unit of answers, expiries and replacements', () => {
    expect(who('aeo.programme.pilot.invitation-sent.v1', {})).toEqual(['operator pilot-invitation.v1']);
    expect(who('aeo.programme.pilot.participant-accepted.v1', {})).toEqual([
      'policy-unit staff-pilot-participant-accepted.v1',
    ]);
    expect(who('aeo.programme.pilot.participant-declined.v1', {})).toEqual([
      'policy-unit staff-pilot-invitation-declined.v1',
    ]);
    expect(who('aeo.programme.pilot.invitation-expired.v1', {})).toEqual([
      'operator pilot-invitation-expired.v1',
      'policy-unit staff-pilot-invitation-expired.v1',
    ]);
    expect(who('aeo.programme.pilot.replacement-proposed.v1', {})).toEqual([
      'policy-unit staff-pilot-replacement-proposed.v1',
    ]);
    for (const internal of ['shortlisted', 'candidate-chosen', 'consultation-commented'])
      expect(who(`aeo.programme.pilot.${internal}.v1`, {})).toEqual([]);
  });

  it('puts the draft programme in the invitation, in the recipient’s language', () => {
    const [sent] = SAMPLES['aeo.programme.pilot.invitation-sent.v1']!;
    const en = render('pilot-invitation.v1', 'en', sent!, 'Asia/Ulaanbaatar');
    expect(en.subject).toBe('AEO pilot invitation: AEO pilot 2027: five traders before full op…');
    expect(en.body).toContain('eligibility criteria: A record of compliance, sound accounting, security and solvency;');
    expect(en.body).toContain('benefits: Fewer controls, priority treatment and a contact officer;');
    expect(en.body).toContain('validation process: A desk review, then a site visit within 60 days.');
    expect(en.body).toContain('by 15 February 2027 (Ulaanbaatar time)');
    const mn = render('pilot-invitation.v1', 'mn', sent!, 'Asia/Ulaanbaatar');
    expect(mn.body).toContain('давуу тал: Шалгалт цөөрөх, түрүүлж шалгуулах, харилцагч ажилтан;');
  });

  it('proposes the replacement, says when it was chosen automatically, and when none is left', () => {
    const [proposed, automatic, none] = SAMPLES['aeo.programme.pilot.replacement-proposed.v1']!;
    const body = (data: Record<string, unknown>) =>
      render('staff-pilot-replacement-proposed.v1', 'en', data, 'Asia/Ulaanbaatar').body;
    expect(body(proposed!)).toContain(
      'is 6234567 (rank 6): choose it, with your reason, to invite it in place of 5123456.',
    );
    expect(body(automatic!)).toContain('6234567 (rank 6), was chosen and invited in its place.');
    expect(body(none!)).toContain('The latest shortlist has no candidate left');
  });
});
