import { invitationDonePage, invitationPage, invitationProblemPage } from './invitation-page';
import type { InvitationFound } from './applications-invitations';

const invitation: InvitationFound = {
  id: '0b1c2d3e-4f50-4617-8899-aabbccddeeff',
  operatorName: 'Gobi <Trade> LLC',
  taxpayerId: '5123456',
  email: 'saraa@gobi.example',
  name: 'Saraa',
  role: 'member',
  language: 'mn',
  status: 'pending',
  expiresAt: '2026-12-16T10:00:00Z',
};
const code = 'C'.repeat(43);

describe('the invitation page', () => {
  const page = (language: 'mn' | 'en') =>
    invitationPage({ action: '/invitation', code, csrf: 'token', language, taxpayerIdPattern: '^\\d{7}$', invitation });

  it('names the company (escaped), the role and the expiry, carries the code in both forms, asks no taxpayer id', () => {
    const en = page('en');
    expect(en).toContain('Join Gobi &lt;Trade&gt; LLC');
    expect(en).toContain('as a member');
    expect(en).toContain('16 December 2026');
    expect(en.match(new RegExp(`name="code" value="${code}"`, 'g'))).toHaveLength(2);
    expect(en).toContain('name="mode" value="create"');
    expect(en).toContain('name="mode" value="existing"');
    expect(en).not.toContain('name="taxpayerId"');
    expect(en).toContain('value="saraa@gobi.example"');
    expect(en).toContain(`href="/invitation?code=${code}&amp;lang=mn"`);
    expect(page('mn')).toContain('гишүүн хэрэглэгчээр');
  });

  it('says why a link leads nowhere in both languages, the asked one first', () => {
    const mn = invitationProblemPage('mn', 'expired');
    expect(mn.indexOf('Урилгын хугацаа дууссан')).toBeLessThan(mn.indexOf('The invitation has expired'));
    expect(mn).toContain('Ямар ч бүртгэл үүсээгүй.');
    expect(mn).toContain('No account was created.');
    const refused = invitationProblemPage('en', 'refused', 'saraa is a user of <Gobi> already');
    expect(refused).toContain('saraa is a user of &lt;Gobi&gt; already');
  });

  it('tells the login to sign in with once joined', () => {
    expect(invitationDonePage('en', { ...invitation, role: 'administrator' }, 'saraa.b')).toContain(
      'You are now an administrator of Gobi &lt;Trade&gt; LLC. Sign in from the application with this login: saraa.b',
    );
  });
});
