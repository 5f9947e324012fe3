import {
  type ApplicationFacts,
  type AuthorisationFacts,
  answeredSteps,
  applicationSteps,
  authorisationSteps,
} from './next-steps';

const DAY = 86_400_000;
const now = new Date('2026-12-02T12:00:00Z');
const at = (days: number) => new Date(now.getTime() + days * DAY);
const application = (facts: Partial<ApplicationFacts>): ApplicationFacts => ({
  id: 'a1',
  status: 'submitted',
  acceptanceDeadline: at(20),
  decisionDeadline: null,
  hearingRespondBy: null,
  hearingResponse: null,
  informationRequests: [],
  ...facts,
});
const brief = (steps: ReturnType<typeof applicationSteps>) =>
  steps.map(({ actor, code, dueAt, link }) => ({ actor, code, dueAt: dueAt?.toISOString() ?? null, link }));

describe('an application’s next steps', () => {
  it('a draft: the trader completes the answers and the evidence, then submits (no legal deadline)', () => {
    const incomplete = { complete: false, missingAnswers: ['q1'], missingEvidence: ['q2'] };
    expect(brief(applicationSteps(application({ status: 'draft', completeness: incomplete }), now))).toEqual([
      { actor: 'trader', code: 'complete-self-assessment', dueAt: null, link: '/v1/applications/a1/answers' },
      { actor: 'trader', code: 'upload-evidence', dueAt: null, link: '/v1/applications/a1/documents' },
    ]);
    const evidenceOnly = { complete: false, missingAnswers: [], missingEvidence: ['q2'] };
    expect(
      applicationSteps(application({ status: 'draft', completeness: evidenceOnly }), now).map((s) => s.code),
    ).toEqual(['upload-evidence']);
    const complete = { complete: true, missingAnswers: [], missingEvidence: [] };
    expect(brief(applicationSteps(application({ status: 'draft', completeness: complete }), now))).toEqual([
      { actor: 'trader', code: 'submit-application', dueAt: null, link: '/v1/applications/a1/submission' },
    ]);
  });

  it('submitted with an open information request: the trader answers it by its date; customs waits (the clock stands still)', () => {
    const steps = applicationSteps(
      application({ informationRequests: [{ id: 'r1', requestedAt: at(-2), dueBy: at(12), respondedAt: null }] }),
      now,
    );
    expect(brief(steps)).toEqual([
      {
        actor: 'trader',
        code: 'answer-information-request',
        dueAt: at(12).toISOString(),
        link: '/v1/applications/a1/information-requests/r1/reply',
      },
    ]);
  });

  it('submitted: customs accepts or rejects by the acceptance deadline moved by the time each answered request was awaited', () => {
    const steps = applicationSteps(
      application({
        informationRequests: [
          { id: 'r1', requestedAt: at(-10), dueBy: at(5), respondedAt: at(-7) },
          { id: 'r2', requestedAt: at(-5), dueBy: at(10), respondedAt: at(-3) },
        ],
      }),
      now,
    );
    expect(brief(steps)).toEqual([
      {
        actor: 'customs',
        code: 'customs-acceptance-decision',
        dueAt: at(25).toISOString(),
        link: '/v1/applications/a1',
      },
    ]);
  });

  it('accepted: customs decides by the decision deadline', () => {
    expect(brief(applicationSteps(application({ status: 'accepted', decisionDeadline: at(100) }), now))).toEqual([
      {
        actor: 'customs',
        code: 'customs-certification-decision',
        dueAt: at(100).toISOString(),
        link: '/v1/applications/a1',
      },
    ]);
  });

  it('hearing: the trader may reply to the grounds until its date; after the reply or the date, customs decides', () => {
    const hearing = { status: 'hearing', decisionDeadline: at(40), hearingRespondBy: at(20) };
    expect(brief(applicationSteps(application(hearing), now))).toEqual([
      {
        actor: 'trader',
        code: 'reply-to-hearing',
        dueAt: at(20).toISOString(),
        link: '/v1/applications/a1/hearing-response',
      },
    ]);
    for (const after of [{ hearingResponse: 'We disagree' }, { hearingRespondBy: at(-1) }])
      expect(applicationSteps(application({ ...hearing, ...after }), now).map((s) => [s.actor, s.code])).toEqual([
        ['customs', 'customs-certification-decision'],
      ]);
  });

  it('decided applications wait for nothing', () => {
    for (const status of ['granted', 'refused', 'rejected', 'withdrawn'])
      expect(applicationSteps(application({ status }), now)).toEqual([]);
  });
});

describe('an authorisation’s next steps, folded from its history', () => {
  const authorisation = (status: string, history: AuthorisationFacts['history']): AuthorisationFacts => ({
    authorisationNumber: 'MN-AEOS-2026-00001',
    status,
    revalidationDue: at(300),
    history: [{ change: 'granted', details: {} }, ...history],
  });
  const codes = (facts: AuthorisationFacts) =>
    authorisationSteps(facts, now).map(({ actor, code, dueAt }) => [actor, code, dueAt?.toISOString() ?? null]);
  const started = { change: 'revalidation-started', details: { cycle: 2, selfAssessmentDue: at(50).toISOString() } };

  it('in force with no cycle running: the revalidation falls due (customs)', () => {
    expect(codes(authorisation('granted', []))).toEqual([['customs', 'revalidation-due', at(300).toISOString()]]);
    const completed = { change: 'revalidation-completed', details: { nextRevalidationDue: at(300).toISOString() } };
    expect(codes(authorisation('granted', [started, completed]))).toEqual([
      ['customs', 'revalidation-due', at(300).toISOString()],
    ]);
  });

  it('a cycle: the holder updates its self-assessment by its date, then customs revalidates', () => {
    const facts = authorisation('granted', [started]);
    expect(authorisationSteps(facts, now)).toEqual([
      expect.objectContaining({
        actor: 'trader',
        code: 'update-revalidation-self-assessment',
        link: '/v1/authorisations/MN-AEOS-2026-00001/revalidation/self-assessment',
      }),
    ]);
    expect(codes(facts)[0]![2]).toBe(at(50).toISOString());
    for (const note of ['self-assessment-updated', 'self-assessment-not-updated'])
      expect(codes(authorisation('granted', [started, { change: note, details: { cycle: 2 } }]))).toEqual([
        ['customs', 'customs-revalidation-decision', at(300).toISOString()],
      ]);
  });

  it('suspended: the remediation plan by its date, then the measures within the period, by whose end customs decides', () => {
    const suspended = { change: 'suspended', details: { scope: 'whole', remediationPlanDue: at(30).toISOString() } };
    expect(codes(authorisation('suspended', [started, suspended]))).toEqual([
      ['trader', 'remediation-plan-due', at(30).toISOString()],
    ]);
    const plan = {
      change: 'remediation-plan-submitted',
      details: { dueAt: at(90).toISOString(), measures: ['fence'] },
    };
    expect(codes(authorisation('suspended', [suspended, plan]))).toEqual([
      ['trader', 'carry-out-remediation', at(90).toISOString()],
      ['customs', 'customs-reinstatement-decision', at(90).toISOString()],
    ]);
    const reinstated = { change: 'reinstated', details: {} };
    expect(codes(authorisation('granted', [suspended, plan, reinstated]))).toEqual([
      ['customs', 'revalidation-due', at(300).toISOString()],
    ]);
  });

  it('an intended revocation: the holder may comment until its date, then customs decides; a dropped one is gone', () => {
    const intended = { change: 'revocation-intended', details: { respondBy: at(30).toISOString(), grounds: ['x'] } };
    expect(codes(authorisation('granted', [intended]))).toEqual([
      ['trader', 'reply-to-revocation-hearing', at(30).toISOString()],
    ]);
    const replied = { change: 'revocation-hearing-response', details: { text: 'we fixed it' } };
    expect(codes(authorisation('granted', [intended, replied]))).toEqual([
      ['customs', 'customs-revocation-decision', null],
    ]);
    const lapsed = { change: 'revocation-intended', details: { respondBy: at(-1).toISOString() } };
    expect(codes(authorisation('suspended', [lapsed]))).toEqual([['customs', 'customs-revocation-decision', null]]);
    const dropped = { change: 'revocation-dropped', details: { text: 'remedied' } };
    expect(codes(authorisation('granted', [intended, replied, dropped]))).toEqual([
      ['customs', 'revalidation-due', at(300).toISOString()],
    ]);
  });

  it('revoked or surrendered: nothing', () => {
    expect(authorisationSteps(authorisation('revoked', []), now)).toEqual([]);
    expect(authorisationSteps(authorisation('surrendered', []), now)).toEqual([]);
  });
});

describe('answered steps', () => {
  it('count calendar days of the programme’s zone, soonest first, steps without a deadline last', () => {
    const step = (code: 'revalidation-due' | 'submit-application', dueAt: Date | null) => ({
      actor: 'trader' as const,
      code,
      subject: { type: 'application' as const, id: 'a1' },
      dueAt,
      link: '/x',
    });
    // 12:00Z is 20:00 in Ulaanbaatar; 17:00Z the next day there (01:00): 1 day left there, 0 in UTC.
    const evening = new Date('2026-12-02T17:00:00Z');
    const answered = answeredSteps(
      [step('submit-application', null), step('revalidation-due', evening), step('revalidation-due', at(-2))],
      now,
      'Asia/Ulaanbaatar',
    );
    expect(answered.map((s) => s.deadline)).toEqual([
      { dueAt: at(-2), daysLeft: -2, overdue: true },
      { dueAt: evening, daysLeft: 1, overdue: false },
      null,
    ]);
    expect(answeredSteps([step('revalidation-due', evening)], now, 'UTC')[0]!.deadline!.daysLeft).toBe(0);
  });
});
