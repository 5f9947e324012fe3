import { ON_LATE_EVENING_UTC as data } from './template-samples';
import { render, TEMPLATES } from './templates';

const EN_DATE =
  /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/;
const MN_DATE = /\d{4} оны/;
const count = (text: string, part: string) => text.split(part).length - 1;

describe('dates in notifications name their time zone', () => {
  it('states the grant date with the administration zone (Ulaanbaatar by default): the local day, said to be local', () => {
    const en = render('authorisation-granted.v1', 'en', data).body;
    expect(en).toContain('in force from 5 December 2026 (Ulaanbaatar time)');
    expect(render('authorisation-granted.v1', 'mn', data).body).toContain(
      'Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-наас эхлэн',
    );
  });

  it('prints and names UTC when the administration is configured so', () => {
    expect(render('authorisation-granted.v1', 'en', data, 'UTC').body).toContain('in force from 4 December 2026 (UTC)');
    expect(render('authorisation-granted.v1', 'mn', data, 'UTC').body).toContain(
      'UTC цагаар 2026 оны арван хоёрдугаар сарын 4-нөөс эхлэн',
    );
    expect(render('authorisation-granted.v1', 'en', data, 'Europe/Berlin').body).toContain(
      'in force from 4 December 2026 (Europe/Berlin time)',
    );
    expect(render('authorisation-granted.v1', 'mn', data, 'Europe/Berlin').body).toContain(
      'Europe/Berlin цагийн бүсээр 2026 оны арван хоёрдугаар сарын 4-нөөс эхлэн',
    );
    expect(render('visit-scheduled.v1', 'en', data).body).toContain(
      'scheduled for 5 December 2026 at 04:00 (Ulaanbaatar time).',
    );
    expect(render('visit-scheduled.v1', 'en', data, 'UTC').body).toContain(
      'scheduled for 4 December 2026 at 20:00 (UTC).',
    );
    expect(render('visit-scheduled.v1', 'mn', data, 'Europe/Berlin').body).toContain(
      'Europe/Berlin цагийн бүсээр 2026 оны арван хоёрдугаар сарын 4-ний 21:00 цагт',
    );
  });

  it.each(Object.keys(TEMPLATES))('%s names the zone once in each language when it prints a date', (template) => {
    const en = render(template, 'en', data).body;
    const mn = render(template, 'mn', data).body;
    if (EN_DATE.test(en)) expect(count(en, '(Ulaanbaatar time)')).toBe(1);
    else expect(en).not.toContain('Ulaanbaatar time');
    if (MN_DATE.test(mn)) expect(count(mn, 'Улаанбаатарын цагаар')).toBe(1);
    else expect(mn).not.toContain('Улаанбаатарын цагаар');
    // Every date is the Ulaanbaatar day (5 December), never the UTC one (4 December).
    expect(EN_DATE.test(en)).toBe(MN_DATE.test(mn));
    expect(en.match(new RegExp(EN_DATE, 'g')) ?? []).toEqual(
      (en.match(new RegExp(EN_DATE, 'g')) ?? []).map(() => '5 December 2026'),
    );
    expect(mn.match(/\d{4} оны [^\d]+ \d+/g) ?? []).toEqual(
      (mn.match(/\d{4} оны [^\d]+ \d+/g) ?? []).map(() => '2026 оны арван хоёрдугаар сарын 5'),
    );
  });
});
