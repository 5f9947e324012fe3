import { SAMPLES } from '../templates/template-samples';
import { routesFor } from './routes';

const who = (eventType: string, data: Record<string, unknown>) =>
  routesFor(eventType, data).map((route) => `${route.audience} ${route.template}`);

describe('pilot evaluation routing', () => {
  const [external, internal] = SAMPLES['aeo.programme-pilot-evaluation.response-requested.v1']!;

  it('asks a pilot company itself to answer an external questionnaire; customs staff once per internal questionnaire, at its opening', () => {
    expect(who('aeo.programme-pilot-evaluation.response-requested.v1', external!)).toEqual([
      'operator pilot-questionnaire-requested.v1',
    ]);
    // Internal questionnaires are no longer asked per company (one message per company reached the same officers).
    expect(who('aeo.programme-pilot-evaluation.response-requested.v1', internal!)).toEqual([]);
    const [openedExternal, openedInternal] = SAMPLES['aeo.programme-pilot-evaluation.questionnaire-opened.v1']!;
    expect(who('aeo.programme-pilot-evaluation.questionnaire-opened.v1', openedInternal!)).toEqual([
      'policy-unit staff-pilot-questionnaire-opened.v1',
      'executives staff-pilot-questionnaire-opened.v1',
      'pilot-contact-officers staff-pilot-questionnaire-requested.v1',
    ]);
    expect(who('aeo.programme-pilot-evaluation.questionnaire-opened.v1', openedExternal!)).toEqual([
      'policy-unit staff-pilot-questionnaire-opened.v1',
      'executives staff-pilot-questionnaire-opened.v1',
    ]);
  });

  it('tells the policy unit and executives of openings, closings and lessons, and nobody of drafts and answers', () => {
    for (const [event, template] of [
      ['questionnaire-closed', 'staff-pilot-questionnaire-closed.v1'],
      ['lesson-recorded', 'staff-pilot-lesson-recorded.v1'],
    ])
      expect(who(`aeo.programme-pilot-evaluation.${event}.v1`, {})).toEqual([
        `policy-unit ${template}`,
        `executives ${template}`,
      ]);
    expect(who('aeo.programme-pilot-evaluation.questionnaire-created.v1', {})).toEqual([]);
    expect(who('aeo.programme-pilot-evaluation.questionnaire-answered.v1', {})).toEqual([]);
  });
});
