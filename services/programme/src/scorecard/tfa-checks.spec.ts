import { SCORECARD_PRINCIPLES, findStandard, rollUp } from './principles';
import type { ArrangementPhase, ProgrammePublication } from './scorecard.repository';
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
const kpi = (id: string) => ({ id, name: { en: id, mn: id } });

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
    const result = tfaArticle77({ publications: [], benefitKpis: [], arrangements: [] });
    expect(result.status).toBe('not-met');
    expect(result.checks.map((c) => [c.id, c.status, c.evidence.length])).toEqual([
      ['criteria-published', 'not-met', 0],
      ['benefits-measured', 'not-met', 0],
      ['mra-offered', 'not-met', 0],
    ]);
  });

  it('take the newest version with criteria, three benefit KPIs and an arrangement not terminated', () => {
    const result = tfaArticle77({
      publications: [publication(3, 42), publication(2, 40)],
      benefitKpis: [kpi('aeo-declaration-share'), kpi('aeo-physical-control-rate'), kpi('aeo-benefit-received')],
      arrangements: [arrangement('a', 'terminated'), arrangement('b', 'operational'), arrangement('c', 'negotiation')],
    });
    expect(result.status).toBe('met');
    const [criteria, benefits, mra] = result.checks;
    expect(criteria!.finding).toBe(
      'Programme version 3 published its criteria catalogue (42 criteria in 2 sections) on 2026-11-02T08:00:00.000Z.',
    );
    expect(criteria!.evidence[0]).toMatchObject({ kind: 'programme-version', reference: 'v3', eventId: 'event-v3' });
    expect(benefits!.evidence.map((e) => e.reference)).toEqual([
      'aeo-declaration-share',
      'aeo-physical-control-rate',
      'aeo-benefit-received',
    ]);
    expect(mra!.finding).toBe('2 arrangements with partner administrations not terminated (1 operational).');
    expect(mra!.evidence.map((e) => [e.reference, e.state])).toEqual([
      ['a', 'terminated'],
      ['b', 'operational'],
      ['c', 'negotiation'],
    ]);
  });

  it('count fewer than three benefits as partial, only terminated arrangements and empty catalogues as not met', () => {
    const result = tfaArticle77({
      publications: [publication(1, 0)],
      benefitKpis: [kpi('aeo-declaration-share')],
      arrangements: [arrangement('a', 'terminated')],
    });
    expect(result.checks.map((c) => c.status)).toEqual(['not-met', 'partial', 'not-met']);
    expect(result.status).toBe('not-met');
    expect(result.checks[2]!.finding).toBe('No arrangement with a partner administration is open (1 terminated one).');
  });
});
