import type { Bilingual } from './principles';
import type { ArrangementPhase, GrantedBenefit, ProgrammePublication } from './scorecard.repository';

/** How a WTO TFA 7.7 check stands, worst first. */
export const TFA_CHECK_STATUSES = ['not-met', 'partial', 'met'] as const;
export type TfaCheckStatus = (typeof TFA_CHECK_STATUSES)[number];

export const TFA_CHECK_IDS = ['criteria-published', 'benefits-measured', 'mra-offered'] as const;
export type TfaCheckId = (typeof TFA_CHECK_IDS)[number];

/** Benefits Article 7.7.3 asks a programme to grant (at least this many of its list). */
export const TFA_MIN_BENEFITS = 3;

/**
 * The KPIs of the benefit family that measure each benefit the risk engine applies (its names in
 * the channel decisions): the control rates of AEOs against other traders for the fewer controls,
 * the share of AEO declarations released without control (green) for the lower risk score. Priority
 * when selected and prior notice of a selection have no KPI (a green release is not a priority
 * control): granted, not measured.
 */
export const BENEFIT_MEASURES: Readonly<Record<string, readonly string[]>> = {
  'aeo-reduced-documentary-controls': ['aeo-documentary-control-rate', 'other-documentary-control-rate'],
  'aeo-reduced-physical-inspection': ['aeo-physical-control-rate', 'other-physical-control-rate'],
  'aeo-risk-score-reduction': ['aeo-benefit-received'],
};

/** One fact a check rests on, as the programme service saw it. */
export interface TfaEvidence {
  kind: 'programme-version' | 'benefit' | 'mra-arrangement';
  /** The version (`v3`), the benefit's name or the arrangement id. */
  reference: string;
  label: string;
  /** `published`; `measured` or `not-measured`; the arrangement's phase. */
  state: string;
  /** When published, last applied, or since when in its phase. */
  at: Date | null;
  /** The event the fact comes from; null for a benefit (many decisions). */
  eventId: string | null;
  /** For a benefit: the KPIs of the catalogue measuring it. */
  kpiIds: string[];
}

export interface TfaCheck {
  id: TfaCheckId;
  /** The part of Article 7.7 the check is about. */
  article: string;
  name: Bilingual;
  status: TfaCheckStatus;
  /** Why the check has its status, in words. */
  finding: string;
  evidence: TfaEvidence[];
}

export interface TfaArticle77 {
  /** The worst of the three checks. */
  status: TfaCheckStatus;
  checks: TfaCheck[];
}

export interface TfaSources {
  /** Newest version first. */
  publications: readonly ProgrammePublication[];
  /** The AEO benefits applied to the declarations of the window. */
  grantedBenefits: readonly GrantedBenefit[];
  /** How far back benefits count. */
  benefitsSince: Date;
  /** The ids of the benefit family's KPIs in the catalogue. */
  benefitKpiIds: readonly string[];
  arrangements: readonly ArrangementPhase[];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function criteriaPublished(publications: readonly ProgrammePublication[]): TfaCheck {
  const withCriteria = publications.filter((publication) => publication.criteria > 0);
  const latest = withCriteria[0];
  return {
    id: 'criteria-published',
    article: '7.7',
    name: {
      en: 'Authorized operator criteria published',
      mn: 'Эрх бүхий операторын шалгуур нийтлэгдсэн',
    },
    status: latest ? 'met' : 'not-met',
    finding: latest
      ? `Programme version ${latest.version} published its criteria catalogue (${plural(latest.criteria, 'criterion', 'criteria')} in ${plural(latest.sections, 'section')}) on ${latest.publishedAt.toISOString()}.`
      : 'No programme version with a criteria catalogue has been announced (aeo.programme.published.v1).',
    evidence: publications.map((publication) => ({
      kind: 'programme-version',
      reference: `v${publication.version}`,
      label: `Programme version ${publication.version}: ${plural(publication.criteria, 'criterion', 'criteria')} in ${plural(publication.sections, 'section')} for ${publication.statusTypes.join(', ')}`,
      state: 'published',
      at: publication.publishedAt,
      eventId: publication.eventId,
      kpiIds: [],
    })),
  };
}

function benefitsMeasured(sources: TfaSources): TfaCheck {
  const since = sources.benefitsSince.toISOString().slice(0, 10);
  const benefits = sources.grantedBenefits.map((granted) => ({
    ...granted,
    kpiIds: (BENEFIT_MEASURES[granted.benefit] ?? []).filter((id) => sources.benefitKpiIds.includes(id)),
  }));
  const measured = benefits.filter((benefit) => benefit.kpiIds.length > 0).length;
  return {
    id: 'benefits-measured',
    article: '7.7.3',
    name: {
      en: `At least ${TFA_MIN_BENEFITS} benefits granted and measured`,
      mn: `Багадаа ${TFA_MIN_BENEFITS} хөнгөлөлт олгож, хэмжсэн`,
    },
    status: measured >= TFA_MIN_BENEFITS ? 'met' : measured > 0 ? 'partial' : 'not-met',
    finding: `${plural(benefits.length, 'AEO benefit')} applied by the risk engine to declarations lodged since ${since}, ${measured} measured by KPIs of the catalogue (${TFA_MIN_BENEFITS} asked).`,
    evidence: benefits.map((benefit) => ({
      kind: 'benefit',
      reference: benefit.benefit,
      label: `${benefit.benefit}: applied to ${plural(benefit.declarations, 'declaration')} lodged since ${since}`,
      state: benefit.kpiIds.length > 0 ? 'measured' : 'not-measured',
      at: benefit.lastAppliedAt,
      eventId: null,
      kpiIds: benefit.kpiIds,
    })),
  };
}

function mraOffered(arrangements: readonly ArrangementPhase[]): TfaCheck {
  const offered = arrangements.filter((arrangement) => arrangement.phase !== 'terminated');
  const operational = offered.filter((arrangement) => arrangement.phase === 'operational').length;
  return {
    id: 'mra-offered',
    article: '7.7',
    name: {
      en: 'Mutual recognition offered to other members',
      mn: 'Бусад гишүүнд харилцан хүлээн зөвшөөрөлтийг санал болгосон',
    },
    status: offered.length > 0 ? 'met' : 'not-met',
    finding:
      offered.length > 0
        ? `${plural(offered.length, 'arrangement')} with partner administrations not terminated (${operational} operational).`
        : `No arrangement with a partner administration is open (${plural(arrangements.length, 'terminated one')}).`,
    evidence: arrangements.map((arrangement) => ({
      kind: 'mra-arrangement',
      reference: arrangement.arrangementId,
      label: `${arrangement.partnerCountry} – ${arrangement.partnerAdministration}: ${arrangement.title}`,
      state: arrangement.phase,
      at: arrangement.since,
      eventId: arrangement.eventId,
      kpiIds: [],
    })),
  };
}

/**
 * The three checks of WTO TFA Article 7.7 the deck names, from what the programme service has
 * seen: programme versions announced by the applications service (criteria published), the AEO
 * benefits the risk engine applied in its channel decisions that a KPI of the catalogue measures
 * (at least three: Article 7.7.3 asks for three of its list), and the mra service's arrangement
 * phases (mutual recognition offered: one not terminated).
 */
export function tfaArticle77(sources: TfaSources): TfaArticle77 {
  const checks = [criteriaPublished(sources.publications), benefitsMeasured(sources), mraOffered(sources.arrangements)];
  const worst = Math.min(...checks.map((check) => TFA_CHECK_STATUSES.indexOf(check.status)));
  return { status: TFA_CHECK_STATUSES[worst]!, checks };
}
