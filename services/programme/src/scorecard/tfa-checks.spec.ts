import { SCORECARD_PRINCIPLES, findStandard, rollUp } from './principles';
import type { ArrangementPhase, GrantedBenefit, ProgrammePublication } from './scorecard.repository';
import { tfaArticle77 } from './tfa-checks';

const publication = (version: number, criteria: number): ProgrammePublication => ({
  eventId: `event-v${version}`,
  version,
  publishedBy: 'policy-1',
  publishedAt: new Date('2026-11-02T08:00:00Z'),
  statusTypes: ['AEOC', 'AEOS'],
  sections: 2,
  criteria,
});
const arrangement = (id: string, phase: string): ArrangementPhase => ({
  arrangementId: id,
  partnerCountry: 'KR',
  partnerAdministration: 'Korea Customs Service',
  title: `MRA ${id}`,
  phase,
  since: new Date('2026-10-01T00:00:00Z'),
  eventId: `event-${id}`,
});
const granted = (benefit: string, declarations = 10): GrantedBenefit => ({
  benefit,
  declarations,
  lastAppliedAt: new Date('2026-11-30T10:00:00Z'),
});
const BENEFIT_KPIS = [
  'aeo-declaration-share',
  'aeo-documentary-control-rate',
  'other-documentary-control-rate',
  'aeo-physical-control-rate',
  'other-physical-control-rate',
  'aeo-benefit-received',
];
const sources = {
  publications: [] as ProgrammePublication[],
  grantedBenefits: [] as GrantedBenefit[],
  benefitsSince: new Date('2026-09-01T00:00:00Z'),
  benefitKpiIds: BENEFIT_KPIS,
  arrangements: [] as ArrangementPhase[],
};

describe('design-principles catalogue', () => {
  it('has the five principles of the deck with the partnerships’ standards, named in mn and en', () => {
    expect(SCORECARD_PRINCIPLES.map((p) => p.id)).toEqual([
      'mandate-from-the-top',
      'international-standards',
      'professionalism',
      'customs-business',
      'customs-pga',
    ]);
    expect(SCORECARD_PRINCIPLES[3]!.standards.map((s) => s.name.en)).toEqual([
      'Partnership',
      'Security',
      'Authorization',
      'Technology',
      'Communication',
      'Facilitation',
    ]);
    expect(SCORECARD_PRINCIPLES[4]!.standards.map((s) => s.name.en)).toEqual([
      'Partnership',
      'Coordinated border management',
      'Single window platform',
      'Effective cooperation',
    ]);
    for (const principle of SCORECARD_PRINCIPLES)
      for (const text of [principle, ...principle.standards].flatMap((x) => [x.name, x.asks]))
        expect(text.mn).toMatch(/[А-Яа-яӨөҮүЁё]/);
    expect(findStandard('customs-pga.single-window')?.principle.id).toBe('customs-pga');
    expect(findStandard('customs-pga.nothing')).toBeUndefined();
  });

  it('rolls a principle up to its least advanced standard', () => {
    expect(rollUp(['met', 'met'])).toBe('met');
    expect(rollUp(['met', 'partial'])).toBe('partial');
    expect(rollUp(['partial', 'ongoing', 'met'])).toBe('ongoing');
    expect(rollUp(['met', null])).toBe('not-assessed');
    expect(rollUp([null])).toBe('not-assessed');
  });
});

describe('WTO TFA 7.7 checks', () => {
  it('are not met without evidence', () => {
    const result = tfaArticle77(sources);
    expect(result.status).toBe('not-met');
    expect(result.checks.map((c) => [c.id, c.status, c.evidence.length])).toEqual([
      ['criteria-published', 'not-met', 0],
      ['benefits-measured', 'not-met', 0],
      ['mra-offered', 'not-met', 0],
    ]);
  });

  it('take the newest version with criteria, three measured benefits and an arrangement not terminated', () => {
    const result = tfaArticle77({
      ...sources,
      publications: [publication(3, 42), publication(2, 40)],
      grantedBenefits: [
        granted('aeo-prior-notice'),
        granted('aeo-priority-if-selected', 2),
        granted('aeo-reduced-documentary-controls'),
        granted('aeo-reduced-physical-inspection', 1),
        granted('aeo-risk-score-reduction', 5),
      ],
      arrangements: [arrangement('a', 'terminated'), arrangement('b', 'operational'), arrangement('c', 'negotiation')],
    });
    expect(result.status).toBe('met');
    const [criteria, benefits, mra] = result.checks;
    expect(criteria!.finding).toBe(
      'Programme version 3 published its criteria catalogue (42 criteria in 2 sections) on 2026-11-02T08:00:00.000Z.',
    );
    expect(criteria!.evidence[0]).toMatchObject({ kind: 'programme-version', reference: 'v3', eventId: 'event-v3' });
    expect(benefits!.finding).toBe(
      '5 AEO benefits applied by the risk engine to declarations lodged since 2026-09-01, 3 measured by KPIs of the catalogue (3 asked).',
    );
    expect(benefits!.evidence.map((e) => [e.reference, e.state, e.kpiIds])).toEqual([
      ['aeo-prior-notice', 'not-measured', []],
      ['aeo-priority-if-selected', 'not-measured', []],
      [
        'aeo-reduced-documentary-controls',
        'measured',
        ['aeo-documentary-control-rate', 'other-documentary-control-rate'],
      ],
      ['aeo-reduced-physical-inspection', 'measured', ['aeo-physical-control-rate', 'other-physical-control-rate']],
      ['aeo-risk-score-reduction', 'measured', ['aeo-benefit-received']],
    ]);
    expect(benefits!.evidence[3]!.label).toBe(
      'aeo-reduced-physical-inspection: applied to 1 declaration lodged since 2026-09-01',
    );
    expect(mra!.finding).toBe('2 arrangements with partner administrations not terminated (1 operational).');
    expect(mra!.evidence.map((e) => [e.reference, e.state])).toEqual([
      ['a', 'terminated'],
      ['b', 'operational'],
      ['c', 'negotiation'],
    ]);
  });

  it('count fewer than three measured benefits as partial, only terminated arrangements and empty catalogues as not met', () => {
    const result = tfaArticle77({
      ...sources,
      publications: [publication(1, 0)],
      grantedBenefits: [granted('aeo-reduced-physical-inspection'), granted('aeo-priority-if-selected')],
      // Priority when selected has no KPI: granted but not measured.
      benefitKpiIds: ['aeo-physical-control-rate'],
      arrangements: [arrangement('a', 'terminated')],
    });
    expect(result.checks.map((c) => c.status)).toEqual(['not-met', 'partial', 'not-met']);
    expect(result.status).toBe('not-met');
    expect(result.checks[1]!.evidence.map((e) => [e.reference, e.state])).toEqual([
      ['aeo-reduced-physical-inspection', 'measured'],
      ['aeo-priority-if-selected', 'not-measured'],
    ]);
    expect(result.checks[2]!.finding).toBe('No arrangement with a partner administration is open (1 terminated one).');
  });
});
