import { render, TEMPLATES } from './templates';

describe('notification templates', () => {
  const data = {
    statusType: 'AEOF',
    acceptanceDeadline: '2026-12-28T00:00:00Z',
    decisionDeadline: '2027-04-27T00:00:00Z',
    deemed: true,
    reason: 'incomplete self-assessment',
    authorisationNumber: 'MN-AEOF-2026-00001',
    revalidationDue: '2029-12-04T00:00:00Z',
    nextRevalidationDue: '2032-12-04T00:00:00Z',
    selfAssessmentDue: '2027-02-01T00:00:00Z',
    remediationPlanDue: '2027-01-01T00:00:00Z',
    respondBy: '2027-01-15T00:00:00Z',
    effectiveFrom: '2026-12-01T00:00:00Z',
    daysAhead: 90,
    scope: 'security',
    grounds: ['false statements'],
  };

  it('renders every template in Mongolian and English with the event data', () => {
    for (const name of Object.keys(TEMPLATES)) {
      const en = render(name, 'en', data);
      const mn = render(name, 'mn', data);
      expect(en.subject.length).toBeGreaterThan(5);
      expect(mn.subject).not.toEqual(en.subject);
      expect(mn.body).toMatch(/[А-Яа-яӨөҮү]/);
    }
  });

  it('states the deadline in the operator language', () => {
    expect(render('application-submitted.v1', 'en', data).body).toContain('28 December 2026');
    expect(render('application-rejected.v1', 'mn', data).body).toContain('incomplete self-assessment');
  });

  it('tells the holder about its authorisation after the grant, with dates in its language', () => {
    expect(render('revalidation-due.v1', 'en', data)).toEqual({ subject: 'AEO revalidation due in 90 days', body: expect.stringContaining('4 December 2029') });
    expect(render('authorisation-suspended.v1', 'en', data).body).toContain('(its security part)');
    expect(render('authorisation-revocation-intended.v1', 'mn', data).body).toContain('false statements');
  });

  it('refuses an unknown template', () => {
    expect(() => render('nope.v1', 'en', data)).toThrow('Unknown template nope.v1');
  });
});
