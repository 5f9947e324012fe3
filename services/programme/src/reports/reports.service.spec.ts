import { BadRequestException } from '@nestjs/common';
import { ROLES } from '@aeo/auth';
import type { ReportContent, ReportDeviation, ReportSection } from './report-model';
import { productionKey, ReportsService } from './reports.service';

const policyUnit = { sub: 'policy-1', roles: [ROLES.policyUnit] };
const now = new Date('2026-12-01T08:00:00Z');

/**
 * A service whose report sources wait until `release` is called (and then fail, so nothing is
 * stored). The 409 to a report being produced (a lock in PostgreSQL): reports.int-spec.ts.
 */
function serviceWaitingOnSources() {
  let release!: (reason: Error) => void;
  let gate = new Promise<never>((_, reject) => (release = reject));
  const waiting = () => gate as Promise<ReportSection<ReportDeviation>>;
  const service = new ReportsService(
    {} as never,
    {} as never,
    { definitions: () => [] } as never,
    { openDeviations: waiting },
    { currentScorecard: () => gate as Promise<ReportContent['scorecard']> },
    { REPORT_MAX_CONCURRENT: 2, PROGRAMME_TIME_ZONE: 'UTC' },
  );
  return {
    service,
    issue: (quarter: string, languages: ('mn' | 'en')[] = ['mn', 'en']) =>
      service.issue(policyUnit, { quarter, languages }, now),
    release: (reason: string) => {
      release(new Error(reason));
      gate = new Promise<never>((_, reject) => (release = reject));
    },
  };
}

describe('on-demand programme reports', () => {
  it('claims a report by its quarter and its set of languages, in any order', () => {
    expect(productionKey('2026-Q3', ['mn', 'en'])).toBe(productionKey('2026-Q3', ['en', 'mn']));
    expect(productionKey('2026-Q3', ['en'])).not.toBe(productionKey('2026-Q3', ['en', 'mn']));
    expect(productionKey('2026-Q3', ['en'])).not.toBe(productionKey('2026-Q4', ['en']));
  });

  it('refuses quarters before the programme and after the current one with 400 naming quarter', async () => {
    const { issue } = serviceWaitingOnSources();
    await expect(issue('1900-Q1')).rejects.toThrow(BadRequestException);
    await expect(issue('1999-Q4')).rejects.toThrow(
      "quarter: 1999-Q4 is before the programme's first quarter (2000-Q1)",
    );
    await expect(issue('2027-Q1')).rejects.toThrow(
      'quarter: 2027-Q1 has not begun yet (the latest is the current quarter)',
    );
  });
});
