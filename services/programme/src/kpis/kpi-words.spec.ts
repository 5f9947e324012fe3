import { findKpi, KPI_DEFINITIONS } from './kpi-catalogue';
import { messageKeys } from './kpi-words';

describe('KPI words (messages/<language>.json)', () => {
  it('names every KPI in both languages and defines it, its shared sentences filled in', () => {
    for (const kpi of KPI_DEFINITIONS) {
      expect([kpi.id, kpi.name.en.length > 0, kpi.name.mn.length > 0]).toEqual([kpi.id, true, true]);
      expect(kpi.definition).not.toMatch(/\{\w+\}/);
    }
    expect(findKpi('certification-time-median')!.name).toEqual({
      en: 'Time to certify (median)',
      mn: 'Гэрчилгээжүүлэх хугацаа (медиан)',
    });
    expect(findKpi('aeo-physical-control-rate')!.definition).toMatch(
      /^Share of the AEO declarations .* An AEO declaration is one whose trader held our AEO status at lodgement, .* Declarations count in the period of their lodgement/,
    );
  });

  it('holds no message of a KPI that is not in the catalogue', () => {
    const ids = new Set(KPI_DEFINITIONS.map((kpi) => kpi.id));
    const orphans = (language: 'en' | 'mn') =>
      messageKeys(language).filter((key) => !key.startsWith('sentence.') && !ids.has(key.replace(/\.\w+$/, '')));
    expect([orphans('en'), orphans('mn')]).toEqual([[], []]);
  });

  it('builds each rule from its family’s rows: the milestones, the events counted and the evidence', () => {
    expect(findKpi('stage-decision-days')).toMatchObject({
      unit: 'days',
      target: 20,
      direction: 'lower',
      anchor: 'decided_at',
      population: 'decision IS NOT NULL AND report_submitted_at IS NOT NULL',
      evidence: ['aeo.validation.report-submitted.v1', 'aeo.authorisation.granted.v1', 'aeo.authorisation.refused.v1'],
    });
    expect(findKpi('stage-acceptance-days')).toMatchObject({ population: 'submitted_at IS NOT NULL' });
    expect(findKpi('report-escalations')).toMatchObject({
      unit: 'count',
      target: 0,
      source: { relation: 'programme_event_occurrences' },
      anchor: 'occurred_at',
      population: "type = 'aeo.validation.report-reminder.v1' AND category = 'overdue'",
      measure: { kind: 'count' },
    });
    expect(findKpi('reinstatements')).toMatchObject({ target: null, direction: 'higher' });
  });
});
