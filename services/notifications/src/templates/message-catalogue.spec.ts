import { IntlMessageFormat } from 'intl-messageformat';
import { ROUTES } from '../routing/routes';
import { CATALOGUES, FORMATS, LOCALES, MessageCatalogue } from './message-catalogue';
import { operatorName, SAMPLES } from './template-samples';
import { templateValues } from './template-values';
import { DEFAULT_TIME_ZONE, render, TEMPLATES } from './templates';

const LANGUAGES = ['en', 'mn'] as const;

describe('the message catalogues', () => {
  it('have the same messages in English and Mongolian', () => {
    const en = Object.keys(CATALOGUES.en);
    const mn = Object.keys(CATALOGUES.mn);
    expect(en.filter((key) => !mn.includes(key))).toEqual([]);
    expect(mn.filter((key) => !en.includes(key))).toEqual([]);
  });

  it('have a subject and a body for every template', () => {
    expect(Object.keys(TEMPLATES).length).toBeGreaterThan(40);
    for (const template of Object.keys(TEMPLATES)) {
      expect(CATALOGUES.en).toHaveProperty([`${template}.body`]);
    }
  });

  it.each(LANGUAGES)('parse as ICU messages (%s)', (language) => {
    const unparsable = Object.entries(CATALOGUES[language]).filter(([, message]) => {
      try {
        new IntlMessageFormat(message, LOCALES[language], FORMATS, { ignoreTag: true });
        return false;
      } catch {
        return true;
      }
    });
    expect(unparsable).toEqual([]);
  });

  it.each(LANGUAGES)('use only the date and time styles the renderer defines (%s)', (language) => {
    const styles = Object.values(CATALOGUES[language]).flatMap((message) =>
      [...message.matchAll(/\{\s*\w+\s*,\s*(date|time)\s*,\s*(\w+)\s*\}/g)].map((m) => `${m[1]} ${m[2]}`),
    );
    expect(styles.length).toBeGreaterThan(0);
    expect(
      [...new Set(styles)].filter(
        (style) => !['date long', 'date genitive', 'date dative', 'date ablative', 'time short'].includes(style),
      ),
    ).toEqual([]);
    if (language === 'en') expect(styles.filter((style) => /genitive|dative|ablative/.test(style))).toEqual([]);
  });
});

describe('every template message with the values of the events routed to it', () => {
  const catalogue = new MessageCatalogue();
  const routed = new Map<string, Record<string, unknown>[]>();
  for (const [eventType, routes] of Object.entries(ROUTES)) {
    for (const { template } of routes)
      routed.set(template, [
        ...(routed.get(template) ?? []),
        ...SAMPLES[eventType].map((sample) => ({ ...sample, operatorName })),
      ]);
  }

  it.each([...routed.keys()].flatMap((template) => LANGUAGES.map((language) => ({ template, language }))))(
    '$template ($language) names only arguments its events supply, and formats with each',
    ({ template, language }) => {
      const samples = routed.get(template)!;
      const supplied = new Set(
        samples.flatMap((data) => Object.keys(templateValues(template, language, data, catalogue, DEFAULT_TIME_ZONE))),
      );
      for (const part of ['subject', 'body']) {
        expect({
          part,
          unsupplied: [...catalogue.argumentsOf(language, `${template}.${part}`)].filter((name) => !supplied.has(name)),
        }).toEqual({ part, unsupplied: [] });
      }
      for (const data of samples) {
        const { subject, body } = render(template, language, data);
        expect(`${subject} ${body}`).not.toMatch(/undefined|Invalid Date|\{|\}/);
      }
    },
  );
});

describe('a message missing in a language', () => {
  const catalogues = {
    en: {
      'greeting.subject': 'Hello {name}',
      'due.body': 'Due by {at, date, long} ({zone})',
      'due.mn': '{at, date, ablative} эхлэн',
    },
    mn: { 'greeting.subject': 'Сайн байна уу, {name}', 'due.mn': '{at, date, ablative} эхлэн' },
  };

  it('is rendered in English, with a warning once', () => {
    const warnings: unknown[] = [];
    const catalogue = new MessageCatalogue(catalogues, (message, fields) => warnings.push({ message, ...fields }));
    const values = { at: '2027-01-20T00:00:00Z', zone: 'Ulaanbaatar time' };
    expect(catalogue.format('mn', 'due.body', values, 'Asia/Ulaanbaatar')).toBe(
      'Due by 20 January 2027 (Ulaanbaatar time)',
    );
    expect(catalogue.format('mn', 'due.body', values, 'Asia/Ulaanbaatar')).toBe(
      'Due by 20 January 2027 (Ulaanbaatar time)',
    );
    expect(warnings).toEqual([
      { message: 'Notification message missing in the language: rendered in English', language: 'mn', key: 'due.body' },
    ]);
    expect(catalogue.format('mn', 'greeting.subject', { name: 'Болд' }, 'UTC')).toBe('Сайн байна уу, Болд');
    expect(catalogue.format('mn', 'nothing.subject', {}, 'UTC')).toBeUndefined();
    expect(warnings).toHaveLength(1);
  });

  it('prints its dates in the zone, with the Mongolian case ending of the local day', () => {
    const catalogue = new MessageCatalogue(catalogues, () => undefined);
    expect(catalogue.format('mn', 'due.mn', { at: '2027-01-19T20:00:00Z' }, 'Asia/Ulaanbaatar')).toBe(
      '2027 оны нэгдүгээр сарын 20-ноос эхлэн',
    );
    expect(catalogue.format('mn', 'due.mn', { at: '2027-01-19T20:00:00Z' }, 'UTC')).toBe(
      '2027 оны нэгдүгээр сарын 19-нөөс эхлэн',
    );
  });
});
