import { EXPECTED, ROUTED } from './rendered-messages.expected';
import { renderingCases } from './template-samples';
import { render } from './templates';

/**
 * Characterization: every template renders word for word what it rendered before the message
 * catalogues (subjects and bodies in English and Mongolian, for realistic, sparse and late-evening
 * data, in several time zones).
 */
describe('rendered messages (characterization)', () => {
  const cases = renderingCases(ROUTED);

  it('has an expected text for every case', () => {
    expect(cases.filter((c) => !EXPECTED[c.id] && !(c.sameAs && EXPECTED[c.sameAs])).map((c) => c.id)).toEqual([]);
  });

  it.each(cases)('$id', ({ id, template, language, data, timeZone, sameAs }) => {
    const [subject, body] = EXPECTED[id] ?? EXPECTED[sameAs ?? id];
    expect(render(template, language, data, timeZone)).toEqual({ subject, body });
  });
});
