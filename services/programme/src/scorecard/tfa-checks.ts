import type { Bilingual } from './principles';
import type { ArrangementPhase, ProgrammePublication } from './scorecard.repository';

/** How a WTO TFA 7.7 check stands, worst first. */
export const TFA_CHECK_STATUSES = ['not-met', 'partial', 'met'] as const;
export type TfaCheckStatus = (typeof TFA_CHECK_STATUSES)[number];

export const TFA_CHECK_IDS = ['criteria-published', 'benefits-measured', 'mra-offered'] as const;
export type TfaCheckId = (typeof TFA_CHECK_IDS)[number];

/** Benefits Article 7.7.3 asks a programme to grant (at least this many of its list). */
export const TFA_MIN_BENEFITS = 3;

/** One fact a check rests on, as the programme service saw it. */
export interface TfaEvidence {
  kind: 'programme-version' | 'benefit-kpi' | 'mra-arrangement';
  /** The version (`v3`), the KPI id or the arrangement id. */
  reference: string;
  label: string;
  /** `published`; the arrangement's phase; null for a KPI. */
  state: string | null;
  at: Date | null;
  /** The event the fact comes from; null for a KPI of the catalogue. */
  eventId: string | null;
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

/** A KPI of the benefit family, as the catalogue holds it. */
export interface BenefitKpi {
  id: string;
  name: Bilingual;
}

export interface TfaSources {
  /** Newest version first. */
  publications: readonly ProgrammePublication[];
  benefitKpis: readonly BenefitKpi[];
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
    })),
  };
}

function benefitsMeasured(benefitKpis: readonly BenefitKpi[]): TfaCheck {
  const n = benefitKpis.length;
  return {
    id: 'benefits-measured',
    article: '7.7.3',
    name: {
      en: `At least ${TFA_MIN_BENEFITS} benefits granted and measured`,
      mn: `Багадаа ${TFA_MIN_BENEFITS} хөнгөлөлт олгож, хэмжсэн`,
    },
    status: n >= TFA_MIN_BENEFITS ? 'met' : n > 0 ? 'partial' : 'not-met',
    finding: `The KPI catalogue measures ${plural(n, 'benefit KPI')} of AEOs (benefit family; ${TFA_MIN_BENEFITS} asked).`,
    evidence: benefitKpis.map((kpi) => ({
      kind: 'benefit-kpi',
      reference: kpi.id,
      label: kpi.name.en,
      state: null,
      at: null,
      eventId: null,
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
    })),
  };
}

/**
 * The three checks of WTO TFA Article 7.7 the deck names, from what the programme service has
 * seen: programme versions announced by the applications service (criteria published), the
 * benefit KPIs of its own catalogue (benefits measured: at least three of Article 7.7.3's list),
 * and the mra service's arrangement phases (mutual recognition offered: one not terminated).
 */
export function tfaArticle77(sources: TfaSources): TfaArticle77 {
  const checks = [
    criteriaPublished(sources.publications),
    benefitsMeasured(sources.benefitKpis),
    mraOffered(sources.arrangements),
  ];
  const worst = Math.min(...checks.map((check) => TFA_CHECK_STATUSES.indexOf(check.status)));
  return { status: TFA_CHECK_STATUSES[worst]!, checks };
}
