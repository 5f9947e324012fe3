import { LANGUAGES } from '@aeo/contracts';
import { KPI_UNITS } from '../kpis/kpi-definitions';
import { reportHtml } from './report-html';
import { pdfText } from '@aeo/pdf';
import { reportPdf } from './report-pdf';
import { SAMPLE_REPORT } from './report-sample';
import { REPORT_CATALOGUES, reportView } from './report-view';

/** The text of an HTML page without its tags, whitespace collapsed (what a reader sees). */
const visibleText = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('programme report rendering', () => {
  it('has the same message keys in Mongolian as in English, and words for every KPI unit', () => {
    expect(Object.keys(REPORT_CATALOGUES.mn).sort()).toEqual(Object.keys(REPORT_CATALOGUES.en).sort());
    for (const unit of KPI_UNITS) expect(Object.keys(REPORT_CATALOGUES.en)).toContain(`unit.${unit}`);
  });

  it('writes the English HTML with the KPI names, figures per month and quarter, marks and sections', () => {
    const html = reportHtml(reportView(SAMPLE_REPORT, 'en'));
    const text = visibleText(html);
    expect(html).toContain('<html lang="en">');
    expect(text).toContain('AEO programme: quarterly report, 2026-Q3');
    expect(text).toContain('Period: 1 July 2026 to 30 September 2026 (UTC)');
    expect(text).toContain(
      '9 of 10 indicators with a target were on target for the quarter; every indicator had data.',
    );
    expect(text).toContain('2 deviation cases are open.');
    expect(text).toMatch(/Time to certify \(median\) at most 90 days 84\.5 days ✓ 97\.3 days ✗ 88 days ✓ 88\.8 days ✓/);
    expect(text).toMatch(/Decided within the legal time limit at least 95% 93\.8% ✗ 88\.9% ✗ 100% ✓ 94\.1% ✗/);
    expect(text).toMatch(/Hearings held no target 2 3 1 6 /);
    expect(text).toContain('July August September Quarter 2026-Q3');
    expect(text).toMatch(
      /Decided within the legal time limit national 2026-08 88\.9% \(90%\) improvement plan 2026-09-02 policy-unit: B\. Bat-Erdene 2026-11-15/,
    );
    expect(text).toMatch(
      /Time to validate \(median\) ZAMYN-UUD · AEOC 2026-08 64 days \(60 days\) analysis 2026-09-04 — —/,
    );
    expect(text).toMatch(/Customs-PGA partnership Single window partial 2026-09-12/);
    expect(text).toMatch(/WTO Trade Facilitation Agreement, Article 7\.7 Check Status Criteria published met/);
    expect(text).toContain('MRA offered not met');
  });

  it('states the quarter’s dates and the table’s instants in the report’s time zone, and names it', () => {
    const ulaanbaatar = {
      ...SAMPLE_REPORT,
      timeZone: 'Asia/Ulaanbaatar',
      start: '2026-06-30T16:00:00.000Z',
      end: '2026-09-30T16:00:00.000Z',
      generatedAt: '2026-09-30T17:00:00.000Z',
      deviations: {
        available: true,
        // Opened at 01:00 on 2 September in Ulaanbaatar (still 1 September in UTC); due on a day.
        items: [{ ...SAMPLE_REPORT.deviations.items[0]!, openedAt: '2026-09-01T17:00:00.000Z' }],
      },
    };
    const text = visibleText(reportHtml(reportView(ulaanbaatar, 'en')));
    expect(text).toContain(
      'Period: 1 July 2026 to 30 September 2026 (Asia/Ulaanbaatar). Figures read on 1 October 2026.',
    );
    expect(text).toMatch(/improvement plan 2026-09-02 policy-unit: B\. Bat-Erdene 2026-11-15/);
    expect(text).not.toContain('provisional');
    expect(visibleText(reportHtml(reportView(ulaanbaatar, 'mn')))).toContain('(Asia/Ulaanbaatar)');
  });

  it('writes the Mongolian HTML from the Mongolian catalogue', () => {
    const text = visibleText(reportHtml(reportView(SAMPLE_REPORT, 'mn')));
    expect(text).toContain('AEO хөтөлбөр: улирлын тайлан, 2026-Q3');
    expect(text).toContain('Зорилттой 10 үзүүлэлтээс 9 нь улирлын зорилтод хүрсэн');
    expect(text).toMatch(/Гэрчилгээжүүлэх хугацаа \(медиан\) ихдээ 90 хоног 84\.5 хоног ✓ 97\.3 хоног ✗ 88 хоног ✓/);
    expect(text).toMatch(/Хуулийн хугацаанд шийдвэрлэсэн багадаа 95% 93\.8% ✗/);
    expect(text).toContain('долоодугаар сар');
    expect(text).toContain('Зарчмын үнэлгээний хуудас');
    expect(text).toMatch(/Хуулийн хугацаанд шийдвэрлэсэн улсын хэмжээнд 2026-08 88\.9% \(90%\) сайжруулах төлөвлөгөө/);
    expect(text).toContain('Гааль, бусад төрийн байгууллагын түншлэл Нэг цонх хэсэгчлэн');
    expect(text).toContain('ХХЗХ санал болгосон хангаагүй');
    expect(text).not.toMatch(/quarterly report|indicators|on target/);
  });

  it('escapes the texts it prints (a scorecard entry cannot inject markup)', () => {
    const hostile = {
      ...SAMPLE_REPORT,
      scorecard: {
        available: true,
        items: [
          {
            principle: { en: '<script>alert(1)</script>', mn: '<script>alert(1)</script>' },
            standard: { en: 'A & B', mn: 'A & B' },
            assessment: 'met' as const,
            assessedAt: null,
          },
        ],
        tfaChecks: [],
      },
    };
    const html = reportHtml(reportView(hostile, 'en'));
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('A &amp; B');
  });

  it('draws each KPI’s trend as an SVG with a labelled point per quarter with data, the target and the colours', () => {
    const view = reportView(SAMPLE_REPORT, 'en');
    expect(view.trends.charts).toHaveLength(SAMPLE_REPORT.kpis.length);
    const median = view.trends.charts[0]!.svg;
    expect(median.startsWith('<svg')).toBe(true);
    const labels = [...median.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]);
    for (const quarter of ['2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3'])
      expect(labels).toContain(quarter);
    // The six values, as the tables print them (88.75 → 88.8).
    expect(labels).toEqual(expect.arrayContaining(['121', '109.5', '102', '95', '91.5', '88.8']));
    // Off target red (121, 109.5, 102, 95, 91.5 > 90), on target green (88.75).
    expect(median.match(/fill="#cf222e"/g)).toHaveLength(5);
    expect(median.match(/fill="#1a7f37"/g)).toHaveLength(1);
    expect(median).toContain('stroke-dasharray');

    const withdrawal = view.trends.charts.find((chart) => chart.name === 'Withdrawal rate')!.svg;
    const shares = [...withdrawal.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]);
    // 2025-Q2 had no data: no point, no label; the other five are labelled.
    expect(shares).toEqual(expect.arrayContaining(['12%', '9%', '7%', '6%', '4.8%']));
    expect(shares.filter((label) => /%$/.test(label!) && !/^\d+%$/.test(label!) && label !== '4.8%')).toEqual([]);
  });

  it.each(LANGUAGES)(
    'writes a PDF (%s) whose text holds the KPI names and figures in that language',
    async (language) => {
      const view = reportView(SAMPLE_REPORT, language);
      const bytes = await reportPdf(view);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = (await pdfText(bytes)).replace(/\s+/g, ' ');
      expect(text).toContain(view.title);
      for (const kpi of SAMPLE_REPORT.kpis) {
        // Long names wrap in the table's first column; the chart captions have them whole.
        expect(text).toContain(kpi.name[language]);
      }
      if (language === 'mn') {
        expect(text).toContain('Гэрчилгээжүүлэх хугацаа (медиан)');
        expect(text).toContain('Өргөдөл хүлээн авах хугацаа (медиан)');
        expect(text).toContain('84.5 хоног');
        expect(text).toContain('Тайлан 2026-Q3 · 3 хуудасны 1');
      } else {
        expect(text).toContain('84.5 days');
        expect(text).toContain('Report 2026-Q3 · page 1 of 3');
      }
      // The charts' point labels are text in the PDF too.
      expect(text).toContain('109.5');
    },
    // Rendering a PDF took over Jest's default 5 s on a loaded machine (a bound, not a measure).
    60_000,
  );
});
