import { ON_LATE_EVENING_UTC as data } from './template-samples';
import { render, TEMPLATES } from './templates';

const EN_DATE = /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/;
const MN_DATE = /\d{4} оны/;
const count = (text: string, part: string) => text.split(part).length - 1;

describe('dates in notifications name their time zone', () => {
  it('states the grant date with the administration zone (Ulaanbaatar by default): the local day, said to be local', () => {
    const en = render('authorisation-granted.v1', 'en', data).body;
    expect(en).toContain('in force from 5 December 2026 (Ulaanbaatar time)');
    expect(render('authorisation-granted.v1', 'mn', data).body).toContain('Улаанбаатарын цагаар 2026 оны арван хоёрдугаар сарын 5-наас эхлэн');
  });

  it('prints and names UTC when the administration is configured so', () => {
    expect(render('authorisation-granted.v1', 'en', data, 'UTC').body).toContain('in force from 4 December 2026 (UTC)');
    expect(render('authorisation-granted.v1', 'mn', data, 'UTC').body).toContain('UTC цагаар 2026 оны арван хоёрдугаар сарын 4-нөөс эхлэн');
    expect(render('authorisation-granted.v1', 'en', data, 'Europe/Berlin').body).toContain('(Europe/Berlin time)');
  });

  it.each(Object.keys(TEMPLATES))('%s names the zone once in each language when it prints a date', (template) => {
    const en = render(template, 'en', data).body;
    const mn = render(template, 'mn', data).body;
    if (EN_DATE.test(en)) expect(count(en, '(Ulaanbaatar time)')).toBe(1);
    else expect(en).not.toContain('Ulaanbaatar time');
    if (MN_DATE.test(mn)) expect(count(mn, 'Улаанбаатарын цагаар')).toBe(1);
    else expect(mn).not.toContain('Улаанбаатарын цагаар');
  });
});
