import { LANGUAGES } from '@aeo/contracts';
import { KPI_UNITS } from '../../kpis/kpi-definitions';
import { pdfText } from '@aeo/pdf';
import { finalReportHtml } from './final-report-html';
import type { FinalReportContent } from './final-report-model';
import { finalReportPdf } from './final-report-pdf';
import { SAMPLE_FINAL_REPORT } from './final-report-sample';
import { FINAL_REPORT_CATALOGUES, finalReportView } from './final-report-view';

jest.setTimeout(60_000);

/** The text of an HTML page without its tags, whitespace collapsed (what a reader sees). */
const visibleText = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, ' ');
const collapsed = (text: string) => text.replace(/\s+/g, ' ');

/** What each section must say of the sample pilot, in each language. */
const EXPECTED: Record<(typeof LANGUAGES)[number], string[]> = {
  en: [
    'Pilot final report: AEO pilot 2027 (PILOT-2027)',
    'Pilot from 1 March 2027 to 30 September 2027 (UTC). Report made on 1 October 2027.',
    // objectives with their KPI targets and values now
    'Objectives',
    'Certify the pilot companies within 90 days Time to certify (median) at most 90 days 84.5 days yes',
    'Decide within the legal time limit Decided within the legal time limit at least 95% 90% no',
    // participants, the decline with its reason and the replacement
    'Participants',
    '3 companies were chosen: 2 accepted, 0 declined, 0 did not answer in time, 1 replaced.',
    '5234567 ZAMYN-UUD replaced Rail freight volume 2027-02-12 No staff free for the pilot this year; replaced by 5345678',
    '5345678 ZAMYN-UUD accepted Next on the shortlist 2027-02-20 replaces 5234567',
    // timeline against milestones and the extension
    'Timeline against milestones',
    'Planned end 31 August 2027; actual end 30 September 2027. 2 of 3 milestones done; 2 were late, 1 escalated to executives.',
    'IT readiness test IT readiness 2027-05-10 2027-06-02 done; late since 2027-05-11; escalated on 2027-05-25',
    '1 2027-08-31 2027-09-30 Two companies joined late; the benefits test needs a full quarter executive.ganbold',
    // KPIs
    'Key performance indicators',
    'Time to certify (median) at most 90 days 112 days (2027-03) 84.5 days (2027-09)',
    // benefits test: before and after certification, and comparable traders
    'Benefits test',
    '2027-10-01 · 2 of 2 certified before certification 840 21% 8% 0% 8.4 h',
    '2027-10-01 · 2 of 2 certified after certification 910 6% 2% 92% 2.5 h',
    '2027-10-01 · 2 of 2 certified comparable traders 4120 19% 7% 0% 7.5 h',
    // evaluation per audience and lessons
    'Evaluation results',
    'customs staff (internal) 1 14 3.90 71%',
    'pilot companies (external) 1 4 4.25 100%',
    'The validation visits took longer than planned process',
    // deviations in the time frame
    'Deviations',
    'Decided within the legal time limit national 2027-05 86% closed 2027-06-02 2027-08-20',
    // recommendations: the policy unit's and the lessons'
    'Recommendations for full operation',
    'From the policy unit Extend the programme to all customs regions from 2028.',
    'From the lessons learnt Plan two validators per company in full operation',
  ],
  mn: [
    'Туршилтын эцсийн тайлан: AEO pilot 2027 (PILOT-2027)',
    'Зорилтууд',
    'Certify the pilot companies within 90 days Гэрчилгээжүүлэх хугацаа (медиан) хамгийн ихдээ 90 хоног 84.5 хоног тийм',
    'Оролцогчид',
    '3 компани сонгогдсон: 2 зөвшөөрсөн, 0 татгалзсан, 0 хугацаандаа хариулаагүй, 1 орлуулагдсан.',
    '5345678 ZAMYN-UUD зөвшөөрсөн Next on the shortlist 2027-02-20 5234567-г орлосон',
    'Үе шатуудын гүйцэтгэл',
    '3 үе шатаас 2 нь гүйцэтгэгдсэн; 2 нь хоцорсон, 1 нь удирдлагад шилжүүлэгдсэн.',
    'Дуусах огноог сунгасан шийдвэрүүд',
    'Гүйцэтгэлийн гол үзүүлэлтүүд',
    'Давуу талын туршилт',
    '2027-10-01 · 2-аас 2 гэрчилгээжсэн гэрчилгээжсэний дараа 910 6% 2% 92% 2.5 цаг',
    'Үнэлгээний үр дүн',
    'гаалийн ажилтнууд (дотоод) 1 14 3.90 71%',
    'Хазайлтууд',
    'Хуулийн хугацаанд шийдвэрлэсэн улсын хэмжээнд 2027-05 86% хаагдсан 2027-06-02 2027-08-20',
    'Бүрэн хэрэгжүүлэлтэд өгөх зөвлөмж',
    'Бодлогын нэгжээс Extend the programme to all customs regions from 2028.',
    'Олж авсан сургамжаас Plan two validators per company in full operation',
  ],
};

describe('pilot final report rendering', () => {
  it('has the same message keys in Mongolian as in English, and words for every KPI unit', () => {
    expect(Object.keys(FINAL_REPORT_CATALOGUES.mn).sort()).toEqual(Object.keys(FINAL_REPORT_CATALOGUES.en).sort());
    for (const unit of KPI_UNITS) expect(Object.keys(FINAL_REPORT_CATALOGUES.en)).toContain(`unit.${unit}`);
  });

  it.each(LANGUAGES)('writes every section of the sample pilot in the HTML (%s)', (language) => {
    const html = finalReportHtml(finalReportView(SAMPLE_FINAL_REPORT, language));
    expect(html).toContain(`<html lang="${language}">`);
    const text = visibleText(html);
    for (const expected of EXPECTED[language]) expect(text).toContain(expected);
    // One trend chart per KPI the objectives name.
    expect(html.match(/<svg/g)).toHaveLength(2);
  });

  it.each(LANGUAGES)('writes the same sections in the PDF (%s)', async (language) => {
    const text = collapsed(await pdfText(await finalReportPdf(finalReportView(SAMPLE_FINAL_REPORT, language))));
    for (const title of finalReportView(SAMPLE_FINAL_REPORT, language).sections.map((section) => section.title))
      expect(text).toContain(title);
    // Table cells are extracted one after the other; the sentences and cells checked are those that do not wrap.
    const sentences = EXPECTED[language].filter((line) => line.length < 60 && !line.includes(' 20'));
    for (const expected of sentences) expect(text).toContain(expected);
    expect(text).toMatch(
      language === 'en'
        ? /Pilot PILOT-2027 final report · page 1 of \d/
        : /PILOT-2027 туршилтын эцсийн тайлан · \d-ийн 1-р хуудас/,
    );
  });

  it('states its dates in the time zone of the KPI periods, and names it (the local demo: Ulaanbaatar)', () => {
    const ulaanbaatar: FinalReportContent = {
      ...SAMPLE_FINAL_REPORT,
      timeZone: 'Asia/Ulaanbaatar',
      // 01:00 on 1 October in Ulaanbaatar, still 30 September in UTC.
      generatedAt: '2027-09-30T17:00:00.000Z',
      deviations: [{ ...SAMPLE_FINAL_REPORT.deviations[0]!, openedAt: '2027-06-01T17:00:00.000Z' }],
    };
    const text = visibleText(finalReportHtml(finalReportView(ulaanbaatar, 'en')));
    expect(text).toContain(
      'Pilot from 1 March 2027 to 30 September 2027 (Asia/Ulaanbaatar). Report made on 1 October 2027.',
    );
    expect(text).toContain('Planned end 31 August 2027; actual end 30 September 2027.');
    expect(text).toContain('Decided within the legal time limit national 2027-05 86% closed 2027-06-02 2027-08-20');
    // A zone west of UTC keeps the pilot's days as they were set.
    const havana = visibleText(
      finalReportHtml(finalReportView({ ...SAMPLE_FINAL_REPORT, timeZone: 'America/Havana' }, 'en')),
    );
    expect(havana).toContain('Pilot from 1 March 2027 to 30 September 2027 (America/Havana).');
    expect(havana).toContain('Planned end 31 August 2027; actual end 30 September 2027.');
  });

  it('says what is missing instead of empty tables, and never shows benefits figures it does not have', () => {
    const empty: FinalReportContent = {
      ...SAMPLE_FINAL_REPORT,
      objectives: [],
      participants: [],
      milestones: [],
      extensions: [],
      kpis: [],
      evaluation: { audiences: [], lessons: [] },
      deviations: [],
      recommendations: null,
    };
    const text = visibleText(finalReportHtml(finalReportView(empty, 'en')));
    for (const expected of [
      'The pilot has no objectives.',
      'No company was chosen for the pilot.',
      'The pilot has no milestones.',
      'The end date was never extended.',
      'The objectives name no indicator.',
      'No lesson was recorded.',
      'No deviation case was opened within the pilot’s time frame.',
      'No recommendation was recorded.',
    ])
      expect(text).toContain(expected);
    expect(text).toContain('Documentary control');
    const unavailable = visibleText(
      finalReportHtml(finalReportView({ ...empty, benefits: { available: false } }, 'en')),
    );
    expect(unavailable).toContain('is not available to this report; no figures are shown.');
    expect(unavailable).not.toContain('Documentary control');
  });
});
