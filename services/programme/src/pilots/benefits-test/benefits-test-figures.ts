/**
 * The benefits test's arithmetic: the windows a certified pilot company is measured over, the
 * volume band its comparable traders are taken from, the figures of a window's declarations and
 * the comparisons between two of them. Pure, so that the report and the API answer the same.
 */

const DAY_MS = 86_400_000;

/** What a window's declarations (lodgement and channel decision both in) add up to, as the facts count them. */
export interface WindowCounts {
  declarations: number;
  documentary: number;
  physical: number;
  benefited: number;
  priority: number;
  meanDecisionSeconds: number | null;
  medianDecisionSeconds: number | null;
}

/** A window without declarations. */
export const NO_DECLARATIONS: WindowCounts = {
  declarations: 0,
  documentary: 0,
  physical: 0,
  benefited: 0,
  priority: 0,
  meanDecisionSeconds: null,
  medianDecisionSeconds: null,
};

export interface Figures {
  /** The sample: declarations lodged in the window whose lodgement and channel decision are both known. */
  declarations: number;
  documentary: number;
  physical: number;
  benefited: number;
  priority: number;
  documentaryRate: number | null;
  physicalRate: number | null;
  benefitShare: number | null;
  priorityShare: number | null;
  decisionTime: { sample: number; meanSeconds: number | null; medianSeconds: number | null };
}

/** One figure minus the other (after minus before, the company minus its comparable traders); null when either is. */
export interface Differences {
  documentaryRate: number | null;
  physicalRate: number | null;
  benefitShare: number | null;
  priorityShare: number | null;
  meanDecisionSeconds: number | null;
  medianDecisionSeconds: number | null;
}

export interface Window {
  from: Date;
  to: Date;
}

/** The windows of a company certified at `certifiedAt`, measured as of `asOf`. */
export interface CompanyWindows {
  /** The after-window's length: `windowDays`, or less when `asOf` comes sooner (3 decimals). */
  days: number;
  before: Window;
  after: Window;
}

const rounded = (value: number, decimals: number) => {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
};

/** A share of the sample, 6 decimals; null for an empty sample (never a rate of 0/0). */
export const shareOf = (count: number, sample: number): number | null =>
  sample === 0 ? null : rounded(count / sample, 6);

const seconds = (value: number | null) => (value === null ? null : rounded(value, 3));

export function figuresOf(counts: WindowCounts): Figures {
  const sample = counts.declarations;
  return {
    declarations: sample,
    documentary: counts.documentary,
    physical: counts.physical,
    benefited: counts.benefited,
    priority: counts.priority,
    documentaryRate: shareOf(counts.documentary, sample),
    physicalRate: shareOf(counts.physical, sample),
    benefitShare: shareOf(counts.benefited, sample),
    priorityShare: shareOf(counts.priority, sample),
    decisionTime: {
      sample,
      meanSeconds: sample === 0 ? null : seconds(counts.meanDecisionSeconds),
      medianSeconds: sample === 0 ? null : seconds(counts.medianDecisionSeconds),
    },
  };
}

const minus = (a: number | null | undefined, b: number | null | undefined, decimals: number) =>
  a === null || a === undefined || b === null || b === undefined ? null : rounded(a - b, decimals);

export function differenceOf(a: Figures | null, b: Figures | null): Differences {
  return {
    documentaryRate: minus(a?.documentaryRate, b?.documentaryRate, 6),
    physicalRate: minus(a?.physicalRate, b?.physicalRate, 6),
    benefitShare: minus(a?.benefitShare, b?.benefitShare, 6),
    priorityShare: minus(a?.priorityShare, b?.priorityShare, 6),
    meanDecisionSeconds: minus(a?.decisionTime.meanSeconds, b?.decisionTime.meanSeconds, 3),
    medianDecisionSeconds: minus(a?.decisionTime.medianSeconds, b?.decisionTime.medianSeconds, 3),
  };
}

/**
 * After: from the certification for `windowDays`, cut at `asOf`; before: the same length up to the
 * certification. Null when the company is not certified as of `asOf`.
 */
export function windowsOf(certifiedAt: Date, asOf: Date, windowDays: number): CompanyWindows | null {
  if (certifiedAt.getTime() > asOf.getTime()) return null;
  const length = Math.min(windowDays * DAY_MS, asOf.getTime() - certifiedAt.getTime());
  const at = certifiedAt.getTime();
  return {
    days: rounded(length / DAY_MS, 3),
    before: { from: new Date(at - length), to: certifiedAt },
    after: { from: certifiedAt, to: new Date(at + length) },
  };
}

/**
 * The declaration volumes a comparable trader may have: from the company's volume divided by the
 * factor (rounded up, at least 1) to it multiplied by the factor (rounded down). A company without
 * declarations has no band (min above max): it is compared with no one.
 */
export function volumeBandOf(companyVolume: number, factor: number): { min: number; max: number } {
  if (companyVolume === 0) return { min: 1, max: 0 };
  return {
    min: Math.max(1, Math.ceil(rounded(companyVolume / factor, 9))),
    max: Math.floor(rounded(companyVolume * factor, 9)),
  };
}

/**
 * At most this many comparable traders per company and window: of those in the volume band, the
 * ones whose volume is closest to the company's (then by taxpayer id). Enough for a sample of
 * thousands of declarations over a 90-day window, and it keeps the test's reads of the facts
 * bounded however many traders a region has (bench/pilot-benefits-test.bench.ts).
 */
export const MAX_COMPARABLE_TRADERS = 100;

/**
 * Several windows' declarations as one sample: counts added, the mean time weighted by each
 * sample; a median is not pooled (null).
 */
export function pooledCounts(parts: readonly WindowCounts[]): WindowCounts {
  const sum = (pick: (part: WindowCounts) => number) => parts.reduce((total, part) => total + pick(part), 0);
  const declarations = sum((part) => part.declarations);
  const timed = parts.filter((part) => part.declarations > 0 && part.meanDecisionSeconds !== null);
  const timedSample = timed.reduce((total, part) => total + part.declarations, 0);
  return {
    declarations,
    documentary: sum((part) => part.documentary),
    physical: sum((part) => part.physical),
    benefited: sum((part) => part.benefited),
    priority: sum((part) => part.priority),
    meanDecisionSeconds:
      timedSample === 0
        ? null
        : timed.reduce((total, part) => total + part.meanDecisionSeconds! * part.declarations, 0) / timedSample,
    medianDecisionSeconds: null,
  };
}

export interface MilestoneDue {
  id: string;
  title: string;
  /** A calendar date (YYYY-MM-DD). */
  dueOn: string;
}

export interface MeasurementPoint {
  asOf: Date;
  milestone: MilestoneDue | null;
}

/**
 * When the test is measured: at the end of each milestone's due date (00:00 UTC the day after)
 * that has passed by `now`, in due order, then `now`.
 */
export function measurementPoints(milestones: readonly MilestoneDue[], now: Date): MeasurementPoint[] {
  const passed = milestones
    .map((milestone) => ({ asOf: new Date(Date.parse(`${milestone.dueOn}T00:00:00.000Z`) + DAY_MS), milestone }))
    .filter((point) => point.asOf.getTime() <= now.getTime())
    .sort((a, b) => a.asOf.getTime() - b.asOf.getTime());
  return [...passed, { asOf: now, milestone: null }];
}
