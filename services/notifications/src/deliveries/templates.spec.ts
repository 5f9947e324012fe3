import { render, TEMPLATES } from './templates';

describe('notification templates', () => {
  const data = { statusType: 'AEOF', acceptanceDeadline: '2026-12-28T00:00:00Z', decisionDeadline: '2027-04-27T00:00:00Z', deemed: true, reason: 'incomplete self-assessment' };

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

  it('refuses an unknown template', () => {
    expect(() => render('nope.v1', 'en', data)).toThrow('Unknown template nope.v1');
  });
});
