import { findEventDefinition, type Language } from '@aeo/contracts';
import { ROUTES } from '../routing/routes';
import { COMPANY_WITHHELD_FIELDS } from '../webhooks/company-events';
import { FEW_FIELDS, operatorName, SAMPLES } from './template-samples';
import { render, RenderedMessage, TEMPLATES } from './templates';

describe('notification templates', () => {
  const data = FEW_FIELDS;

  it('renders every template in Mongolian and English with the event data', () => {
    for (const name of Object.keys(TEMPLATES)) {
      const en = render(name, 'en', data);
      const mn = render(name, 'mn', data);
      expect(en.subject).toMatch(/AEO/);
      expect(`${en.subject} ${en.body}`).not.toMatch(/[А-Яа-яӨөҮү]/);
      expect(mn.subject).not.toEqual(en.subject);
      expect(mn.body).not.toEqual(en.body);
      expect(mn.body).toMatch(/[А-Яа-яӨөҮү]/);
    }
  });

  // The exact texts of every template for this data, in both languages (deadlines and dates on the
  // administration's local day), are the few-fields cases of rendered-messages.spec.ts.

  it('refuses an unknown template', () => {
    expect(() => render('nope.v1', 'en', data)).toThrow('Unknown template nope.v1');
  });
});

describe('the template catalogue for the routing table', () => {
  const routed = Object.entries(ROUTES).flatMap(([eventType, routes]) =>
    routes.map((route) => ({ eventType, template: route.template })),
  );
  const LEAKS = /undefined|null|NaN|Invalid Date|\[object Object\]/;
  const CYRILLIC = /[А-Яа-яЁёӨөҮү]/;
  /** What both languages must state alike: authorisation numbers, ids, years, the company, the status type, people. */
  const FACTS =
    /MN-AEO[A-Z]-\d{4}-\d{5}|\b[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}\b|\b20\d\d\b|Gobi Trade LLC|\b5123456\b|\bAEO[CSF]\b|\b[a-z]+(?:\.[a-z]+)+(?:@[a-z]+(?:\.[a-z]+)+)?/g;
  const facts = ({ subject, body }: { subject: string; body: string }) =>
    [...new Set(`${subject} ${body}`.match(FACTS) ?? [])].sort();
  /** The Mongolian texts of these leave out the validation case's id. */
  const CASE_ID_IN_ENGLISH_ONLY = ['staff-report-overdue.v1', 'staff-validation-closed.v1'];

  // A company's inbox and email say what customs did, not who in customs did it (as its webhooks:
  // COMPANY_WITHHELD_FIELDS); e.g. a site visit's date, not its validator (the validation API gives
  // a trader validator: null).
  const toCompanies = Object.entries(ROUTES).flatMap(([eventType, routes]) =>
    routes
      .filter((route) => route.audience === 'operator' || route.audience === 'pilot-companies')
      .map((route) => ({ eventType, template: route.template })),
  );
  it.each(toCompanies)(
    '$template for $eventType names none of the customs staff who act',
    ({ eventType, template }) => {
      for (const sample of SAMPLES[eventType]) {
        const staff = COMPANY_WITHHELD_FIELDS.map((field) => sample[field]).filter(
          (value): value is string => typeof value === 'string' && value.length > 0,
        );
        for (const language of ['en', 'mn'] as const) {
          const { subject, body } = render(template, language, sample);
          for (const sub of staff)
            expect({ language, text: `${subject} ${body}` }).not.toEqual(
              expect.objectContaining({ text: expect.stringContaining(sub) }),
            );
        }
      }
    },
  );

  it('has a template for every template id of the routing table', () => {
    const missing = [...new Set(routed.map((r) => r.template))].filter((template) => !TEMPLATES[template]);
    expect(missing).toEqual([]);
  });

  it('has sample data for every routed event type, valid against its event schema', () => {
    for (const eventType of Object.keys(ROUTES)) {
      const definition = findEventDefinition(eventType);
      expect(definition).toBeDefined();
      expect(SAMPLES[eventType]?.length).toBeGreaterThan(0);
      for (const sample of SAMPLES[eventType] ?? []) {
        const parsed = definition!.schema.safeParse(sample);
        expect({ eventType, issues: parsed.success ? [] : parsed.error.issues }).toEqual({ eventType, issues: [] });
      }
    }
  });

  it.each(routed)('renders $template for $eventType cleanly in both languages', ({ eventType, template }) => {
    for (const sample of SAMPLES[eventType]) {
      for (const data of [{ ...sample, operatorName: sample['operatorName'] ?? operatorName }, sample]) {
        const en = render(template, 'en', data);
        const mn = render(template, 'mn', data);
        for (const message of [en, mn]) {
          expect(message.subject).not.toMatch(LEAKS);
          expect(message.body).not.toMatch(LEAKS);
          expect(message.subject.length).toBeGreaterThan(5);
          expect(message.subject.length).toBeLessThanOrEqual(80);
          expect(message.body).not.toContain('\n');
          expect(message.body.split(/[.!?](?:\s|$)/).filter((s) => s.trim()).length).toBeLessThanOrEqual(4);
        }
        expect(en.subject).not.toMatch(CYRILLIC);
        expect(en.body).not.toMatch(CYRILLIC);
        expect(mn.subject).toMatch(CYRILLIC);
        expect(mn.body).toMatch(CYRILLIC);
        expect(mn.subject).not.toEqual(en.subject);
        expect(mn.body).not.toEqual(en.body);
        const enFacts = facts(en).filter(
          (fact) => !(CASE_ID_IN_ENGLISH_ONLY.includes(template) && fact === data['caseId']),
        );
        expect({ template, facts: facts(mn) }).toEqual({ template, facts: enFacts });
      }
    }
  });

  it('keeps subjects short even for a long company name', () => {
    const longName = 'Mongolian International Freight Forwarding and Customs Brokerage Company LLC';
    for (const { eventType, template } of routed) {
      for (const sample of SAMPLES[eventType]) {
        for (const language of ['en', 'mn'] as const) {
          expect(render(template, language, { ...sample, operatorName: longName }).subject.length).toBeLessThanOrEqual(
            80,
          );
        }
      }
    }
  });

  /** The samples of an event type, with the company's name as the service adds it. */
  const samplesOf = (eventType: string) => SAMPLES[eventType].map((data) => ({ ...data, operatorName }));
  const sample = (eventType: string, index = 0) => samplesOf(eventType)[index];
  /** A message with exactly this subject whose body says `bodyPart`. */
  const saying = (subject: string, bodyPart: string) => ({ subject, body: expect.stringContaining(bodyPart) });
  /** A message whose body says `part` (a text it contains, or a pattern it matches). */
  const bodySaying = (part: string | RegExp): Partial<RenderedMessage> => ({
    body: typeof part === 'string' ? expect.stringContaining(part) : expect.stringMatching(part),
  });

  it('names the company for staff, or its taxpayer id when the name is unknown', () => {
    const submitted = SAMPLES['aeo.application.submitted.v1'][0];
    expect(render('staff-application-submitted.v1', 'en', submitted).body).toMatch(
      /^Gobi Trade LLC \(taxpayer ID 5123456\) applied for AEOF status/,
    );
    expect(render('staff-application-submitted.v1', 'mn', submitted).body).toMatch(
      /^Gobi Trade LLC \(ТТД 5123456\) AEOF статусын өргөдөл гаргалаа/,
    );
    const { operatorName: _name, ...anonymous } = submitted;
    expect(render('staff-application-submitted.v1', 'en', anonymous)).toEqual({
      subject: 'New AEO application (AEOF): taxpayer 5123456',
      body: expect.stringMatching(/^The operator with taxpayer ID 5123456 applied/),
    });
    expect(render('staff-application-submitted.v1', 'mn', anonymous).body).toMatch(
      /^ТТД 5123456 бүхий аж ахуйн нэгж AEOF статусын/,
    );
    const alert = SAMPLES['aeo.risk-alert.raised.v1'][1];
    expect(render('staff-risk-alert.v1', 'en', alert).body).toContain('about the operator with taxpayer ID 5123456');
    expect(render('staff-risk-alert.v1', 'mn', alert).body).toContain('аж ахуйн нэгж: ТТД 5123456;');
    expect(render('staff-authorisation-revoked.v1', 'en', sample('aeo.authorisation.revoked.v1')).body).toContain(
      '(holder: Gobi Trade LLC, taxpayer ID 5123456)',
    );
  });

  it('tells the validator a report reminder from an overdue report', () => {
    const [reminder, overdue] = samplesOf('aeo.validation.report-reminder.v1');
    expect([reminder, overdue].map((data) => render('staff-report-reminder.v1', 'en', data))).toEqual([
      saying(
        'AEO validation report due soon (Gobi Trade LLC)',
        'is due by 1 March 2027 (Ulaanbaatar time). Please submit it in time.',
      ),
      saying(
        'AEO validation report overdue (Gobi Trade LLC)',
        'was due by 1 March 2027 (Ulaanbaatar time) and has not been submitted',
      ),
    ]);
    expect(render('staff-report-reminder.v1', 'mn', reminder).subject).toContain('хугацаа дөхлөө');
    expect(render('staff-report-reminder.v1', 'mn', overdue).subject).toContain('хугацаа хэтэрлээ');
    expect(render('staff-report-reminder.v1', 'mn', overdue).body).toContain(
      '2027 оны гуравдугаар сарын 1-ний дотор ирүүлэх байсан',
    );
    expect(render('staff-report-overdue.v1', 'en', overdue).body).toContain('reassign the case');
  });

  it('follows a suspension through its remediation plan and period, for the holder and for the executives', () => {
    const [submitted, planOverdue, periodEnded] = samplesOf('aeo.authorisation.suspension-progress.v1');
    const progress = [submitted, planOverdue, periodEnded];
    expect(progress.map((data) => render('suspension-progress.v1', 'en', data))).toEqual([
      saying(
        'AEO suspension: remediation plan received',
        '(measures: new perimeter fence; access control at the loading bay). Please complete the measures by 1 August 2027',
      ),
      saying('AEO suspension: remediation plan overdue', 'which was due by 2 June 2027'),
      saying('AEO suspension: remediation period ended', 'reinstate or revoke'),
    ]);
    expect(render('suspension-progress.v1', 'mn', planOverdue).body).toContain('сарын 2-ны дотор ирүүлэх байсан');
    expect(render('suspension-progress.v1', 'mn', periodEnded).body).toContain(
      '2027 оны наймдугаар сарын 1-нд дууссан',
    );

    expect(progress.map((data) => render('staff-suspension-progress.v1', 'en', data))).toEqual([
      saying('AEO remediation plan submitted: MN-AEOF-2026-00001', 'please assess the plan'),
      saying('AEO remediation plan overdue: MN-AEOF-2026-00001', 'an intended revocation'),
      saying('AEO remediation period ended: MN-AEOF-2026-00001', 'reinstate or revoke'),
    ]);
    const mnSubjects = progress.map((data) => render('staff-suspension-progress.v1', 'mn', data).subject);
    expect(new Set(mnSubjects).size).toBe(3);
    expect(render('staff-suspension-progress.v1', 'mn', submitted).body).toContain(
      'арга хэмжээ: new perimeter fence; access control at the loading bay',
    );
  });

  it('renders a suspension without a remediation plan due date', () => {
    const atRequest = sample('aeo.authorisation.suspended.v1', 1);
    const en = render('staff-authorisation-suspended.v1', 'en', atRequest).body;
    expect(en).toContain("from 3 May 2027 (Ulaanbaatar time) at the holder's request");
    expect(en).toContain('Please follow up the remedial measures with the holder.');
    expect(en).not.toContain('remediation plan is due');
    expect(render('staff-authorisation-suspended.v1', 'mn', atRequest).body).toContain(
      'эзэмшигчийн хүсэлтээр Улаанбаатарын цагаар 2027 оны тавдугаар сарын 3-наас эхлэн түдгэлзүүллээ.',
    );
    expect(render('authorisation-suspended.v1', 'en', atRequest).body).toContain('by 3 May 2027');
    const withPlan = render('staff-authorisation-suspended.v1', 'en', sample('aeo.authorisation.suspended.v1', 0)).body;
    expect(withPlan).toContain(
      "(its security part) from 3 May 2027 (Ulaanbaatar time). Grounds: security criteria no longer met at the Zamyn-Uud warehouse. The holder's remediation plan is due by 2 June 2027",
    );
  });

  it('states the recommendation and severity of a risk alert, and the problem of a watchdog alert', () => {
    const [revalidate, review] = SAMPLES['aeo.risk-alert.raised.v1'];
    expect(render('staff-risk-alert.v1', 'en', revalidate)).toEqual(
      saying('AEO risk alert (serious): taxpayer 5123456', 'Recommendation: early revalidation;'),
    );
    expect(render('staff-risk-alert.v1', 'en', review).body).toContain('of critical severity');
    expect(render('staff-risk-alert.v1', 'en', review).body).toContain('Recommendation: suspension review;');
    expect(render('staff-risk-alert.v1', 'mn', revalidate).body).toContain(
      'Зөвлөмж: хугацаанаас өмнө дахин баталгаажуулах;',
    );
    expect(render('staff-risk-alert.v1', 'mn', review).subject).toBe('AEO эрсдэлийн дохио (маш ноцтой): ТТД 5123456');

    const [stuck, closed, unreachable] = SAMPLES['aeo.revalidation.watchdog-alert.v1'];
    expect(render('staff-watchdog-alert.v1', 'en', stuck)).toEqual(
      saying(
        'AEO watchdog: revalidation workflow stuck (MN-AEOF-2026-00001)',
        'workflow stuck (at stage self-assessment since 2027-01-02T00:00:00.000Z)',
      ),
    );
    expect(render('staff-watchdog-alert.v1', 'en', closed).subject).toContain('closed while in force');
    expect(render('staff-watchdog-alert.v1', 'en', unreachable).body).toContain(
      '(query failed: no answer within 10 s (is the worker running?))',
    );
    expect(render('staff-watchdog-alert.v1', 'mn', stuck).body).toMatch(
      /^Улаанбаатарын цагаар 2027 оны гуравдугаар сарын 6-нд хийсэн өдөр тутмын шалгалтаар/,
    );
  });

  it('writes Mongolian dates with the case ending that fits the day number', () => {
    const at = (day: string) => ({
      ...sample('aeo.authorisation.granted.v1'),
      effectiveFrom: `2027-01-${day}T00:00:00Z`,
    });
    expect(render('authorisation-granted.v1', 'mn', at('01')).body).toContain('сарын 1-нээс эхлэн');
    expect(render('authorisation-granted.v1', 'mn', at('02')).body).toContain('сарын 2-ноос эхлэн');
    expect(render('authorisation-granted.v1', 'mn', at('03')).body).toContain('сарын 3-наас эхлэн');
    expect(render('authorisation-granted.v1', 'mn', at('14')).body).toContain('сарын 14-нөөс эхлэн');
    expect(render('authorisation-granted.v1', 'mn', at('20')).body).toContain('сарын 20-ноос эхлэн');
    expect(render('authorisation-granted.v1', 'mn', at('30')).body).toContain('сарын 30-наас эхлэн');
    const due = (day: string) => ({
      ...sample('aeo.application.decision-due.v1'),
      decisionDeadline: `2027-04-${day}T00:00:00Z`,
    });
    expect(render('staff-decision-due.v1', 'mn', due('09')).body).toContain('сарын 9-ний дотор');
    expect(render('staff-decision-due.v1', 'mn', due('27')).body).toContain('сарын 27-ны дотор');
    expect(render('staff-visit-scheduled.v1', 'mn', sample('aeo.validation.visit-scheduled.v1')).body).toContain(
      '2027 оны нэгдүгээр сарын 20-ны 10:00 цагт',
    );
    expect(render('staff-visit-scheduled.v1', 'en', sample('aeo.validation.visit-scheduled.v1')).body).toContain(
      '20 January 2027 at 10:00 (Ulaanbaatar time)',
    );
  });

  it.each([
    {
      template: 'authorisation-reinstated.v1',
      day: '02',
      says: '2027 оны наймдугаар сарын 2-ноос дахин хүчин төгөлдөр болж',
    },
    { template: 'authorisation-reinstated.v1', day: '14', says: 'сарын 14-нөөс дахин' },
    { template: 'authorisation-revoked.v1', day: '03', says: '2027 оны наймдугаар сарын 3-наас хүчингүй боллоо.' },
    { template: 'authorisation-revoked.v1', day: '01', says: 'сарын 1-нээс хүчингүй' },
    { template: 'authorisation-revoked.v1', day: '20', says: 'сарын 20-ноос хүчингүй' },
    { template: 'authorisation-surrendered.v1', day: '14', says: '2027 оны наймдугаар сарын 14-нд дуусгавар болно.' },
  ])('writes the Mongolian date ending of $template effective from August $day', ({ template, day, says }) => {
    const event = SAMPLES[`aeo.${template.replace('-', '.')}`][0]; // authorisation-revoked.v1: aeo.authorisation.revoked.v1
    expect(render(template, 'mn', { ...event, effectiveFrom: `2027-08-${day}T00:00:00Z` }).body).toContain(says);
  });

  it('writes the Mongolian date endings of the holder templates to fit the day number', () => {
    const submitted = (day: string) => ({
      ...SAMPLES['aeo.application.submitted.v1'][0],
      acceptanceDeadline: `2026-12-${day}T00:00:00Z`,
    });
    expect(render('application-submitted.v1', 'mn', submitted('27')).body).toContain(
      '2026 оны арван хоёрдугаар сарын 27-ны дотор бүрдлийг шалгана',
    );
    expect(render('application-submitted.v1', 'mn', submitted('01')).body).toContain('сарын 1-ний дотор');
    expect(
      render('application-accepted.v1', 'mn', {
        ...SAMPLES['aeo.application.accepted.v1'][0],
        decisionDeadline: '2027-04-02T00:00:00Z',
      }).body,
    ).toContain('Шийдвэрийг Улаанбаатарын цагаар 2027 оны дөрөвдүгээр сарын 2-ны дотор гаргана.');
    expect(
      render('application-accepted.v1', 'mn', {
        ...SAMPLES['aeo.application.accepted.v1'][0],
        decisionDeadline: '2027-04-09T00:00:00Z',
      }).body,
    ).toContain('сарын 9-ний дотор');

    const [withPlan, withoutPlan] = SAMPLES['aeo.authorisation.suspended.v1'];
    expect(render('authorisation-suspended.v1', 'mn', withPlan).body).toContain(
      'Засах арга хэмжээгээ Улаанбаатарын цагаар 2027 оны зургаадугаар сарын 2-ны дотор ирүүлнэ үү.',
    );
    expect(render('authorisation-suspended.v1', 'mn', withoutPlan).body).toContain(
      '2027 оны тавдугаар сарын 3-ны дотор',
    );
    expect(
      render('revalidation-started.v1', 'mn', {
        ...SAMPLES['aeo.revalidation.started.v1'][0],
        selfAssessmentDue: '2027-02-27T00:00:00Z',
      }).body,
    ).toContain('Өөрийн үнэлгээгээ Улаанбаатарын цагаар 2027 оны хоёрдугаар сарын 27-ны дотор шинэчилнэ үү.');
    expect(render('revalidation-due.v1', 'mn', SAMPLES['aeo.revalidation.due.v1'][0]).body).toContain(
      '2029 оны арван хоёрдугаар сарын 4-нд дахин баталгаажуулна.',
    );
    expect(render('revalidation-completed.v1', 'mn', SAMPLES['aeo.revalidation.completed.v1'][0]).body).toMatch(
      /Дараагийн дахин баталгаажуулалт Улаанбаатарын цагаар 2032 оны арван хоёрдугаар сарын 4-нд\.$/,
    );
  });

  it('tells a revalidation case from the validation of an application', () => {
    const [certification, revalidation] = samplesOf('aeo.validation.opened.v1');
    expect(render('staff-validation-assigned.v1', 'en', certification).body).toContain(
      'validation of the application for AEOF status',
    );
    expect(render('staff-validation-assigned.v1', 'en', certification).body).toContain(
      'recommendation: proceed with enhanced validation; a site visit is required',
    );
    expect(render('staff-validation-assigned.v1', 'en', revalidation).body).toContain(
      'revalidation of authorisation MN-AEOF-2026-00001 (cycle 2)',
    );
    expect(render('staff-validation-assigned.v1', 'mn', revalidation).body).toContain(
      'MN-AEOF-2026-00001 зөвшөөрлийн 2-р мөчлөгийн дахин баталгаажуулалт',
    );
    expect(render('validation-opened.v1', 'en', revalidation).subject).toBe('AEO revalidation: validation started');
    expect(
      render('staff-report-submitted.v1', 'en', sample('aeo.validation.report-submitted.v1', 1)).body,
    ).not.toContain('conditions');
  });

  describe('tells the operator what to correct, on which criterion and by when, and the validator when (and whether late) it was answered', () => {
    const [request, revalidationRequest] = samplesOf('aeo.validation.corrective-action-requested.v1');
    const [answer, lateAnswer] = samplesOf('aeo.validation.corrective-action-answered.v1');
    const cases: Array<[template: string, Language, data: Record<string, unknown>, says: Partial<RenderedMessage>]> = [
      [
        'corrective-action-requested.v1',
        'en',
        request,
        {
          subject: 'AEO application: corrective action requested',
          body: 'In the validation of your application for AEOF status, the validator asks you to correct a shortcoming on the criterion "Are the premises protected against unauthorised access?": Fence the bonded warehouse and log every entry at its gate. Please answer by 20 January 2027 (Ulaanbaatar time); the validation report waits for your answer.',
        },
      ],
      [
        'corrective-action-requested.v1',
        'mn',
        request,
        {
          body: 'Таны AEOF статусын өргөдлийн баталгаажуулалтын явцад баталгаажуулагч «Үйл ажиллагааны байрыг зөвшөөрөлгүй нэвтрэлтээс хамгаалсан уу?» шалгуурын дагуу илэрсэн дутагдлыг залруулахыг танаас хүсч байна: Fence the bonded warehouse and log every entry at its gate. Хариугаа Улаанбаатарын цагаар 2027 оны нэгдүгээр сарын 20-ны дотор ирүүлнэ үү; таны хариу ирэх хүртэл баталгаажуулалтын тайланг гаргахгүй.',
        },
      ],
      [
        'corrective-action-requested.v1',
        'en',
        revalidationRequest,
        bodySaying(
          /^In the validation of authorisation MN-AEOF-2026-00001, .*: Send the stock ledger of 2029\. Please answer by 1 November 2029 \(Ulaanbaatar time\);/,
        ),
      ],
      [
        'staff-corrective-action-requested.v1',
        'en',
        request,
        bodySaying(
          'the validator validator.tsetseg asked Gobi Trade LLC (taxpayer ID 5123456) to correct a shortcoming',
        ),
      ],
      [
        'staff-corrective-action-requested.v1',
        'mn',
        revalidationRequest,
        bodySaying(
          /^MN-AEOF-2026-00001 зөвшөөрлийн дахин баталгаажуулалтын явцад баталгаажуулагч validator\.tsetseg аж ахуйн нэгжээс \(Gobi Trade LLC, ТТД 5123456\)/,
        ),
      ],
      [
        'staff-corrective-action-answered.v1',
        'en',
        answer,
        {
          subject: 'AEO corrective action answered (Gobi Trade LLC)',
          body: 'Gobi Trade LLC (taxpayer ID 5123456) answered the corrective action on the criterion "Are the premises protected against unauthorised access?" (application 7a2b9c10-4d5e-4f60-8a71-b2c3d4e5f601) on 12 January 2027 (Ulaanbaatar time). Please review the answer on the case before the report.',
        },
      ],
      [
        'staff-corrective-action-answered.v1',
        'en',
        lateAnswer,
        {
          subject: 'AEO corrective action answered late (Gobi Trade LLC)',
          ...bodySaying('on 3 November 2029 (Ulaanbaatar time), after its due date of 1 November 2029.'),
        },
      ],
      [
        'staff-corrective-action-answered.v1',
        'mn',
        lateAnswer,
        bodySaying(
          'Улаанбаатарын цагаар 2029 оны арван нэгдүгээр сарын 3-нд хариу ирүүллээ (MN-AEOF-2026-00001 зөвшөөрлийн дахин баталгаажуулалт); хариу ирүүлэх хугацаа 2029 оны арван нэгдүгээр сарын 1-нд дууссан байсан.',
        ),
      ],
    ];
    it.each(cases)('%s in %s (case %#)', (template, language, data, says) => {
      expect(render(template, language, data)).toEqual(expect.objectContaining(says));
    });
  });
});
