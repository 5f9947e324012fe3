import pdfmake, { type Content, type DocumentDefinition } from 'pdfmake';
import { CHART_FONT, CHART_SIZE } from '../../reports/report-chart';
// The quarterly report's PDF module registers the embedded DejaVu fonts and the access policies (no URL, fonts only).
import '../../reports/report-pdf';
import type { FinalReportView, ViewSection, ViewTable } from './final-report-view';

const CHART_WIDTH = 250;

function table(section: ViewTable): Content[] {
  return [
    ...(section.title ? [{ text: section.title, style: 'h3' } as Content] : []),
    {
      table: {
        headerRows: 1,
        keepWithHeaderRows: 1,
        widths: section.columns.map((_, i) => (i === 0 ? '*' : 'auto')),
        body: [section.columns.map((text) => ({ text, style: 'th' })), ...section.rows],
      },
      layout: 'lightHorizontalLines',
      fontSize: 8,
      margin: [0, 4, 0, 6],
    },
  ];
}

function charts(section: ViewSection): Content[] {
  const cells = section.charts.map((chart): Content => ({
    stack: [
      { text: chart.name, bold: true, fontSize: 9 },
      { text: chart.target, fontSize: 8, color: '#57606a' },
      { svg: chart.svg, width: CHART_WIDTH, height: (CHART_WIDTH * CHART_SIZE.height) / CHART_SIZE.width },
    ],
    unbreakable: true,
    margin: [0, 6, 0, 10],
  }));
  const rows: Content[] = [];
  for (let i = 0; i < cells.length; i += 2)
    rows.push({ columns: [cells[i]!, cells[i + 1] ?? { text: '' }], columnGap: 15 });
  return rows;
}

const sectionContent = (section: ViewSection): Content[] => [
  { text: section.title, style: 'h2' },
  ...(section.intro ? [{ text: section.intro, margin: [0, 0, 0, 4] } as Content] : []),
  ...section.lines.map((text): Content => ({ text, margin: [0, 0, 0, 4] })),
  ...(section.note ? [{ text: section.note } as Content] : []),
  ...section.tables.flatMap(table),
  ...charts(section),
];

/** The document: the same sections, words and charts as the HTML page, on A4 pages. */
export function finalReportDocument(view: FinalReportView): DocumentDefinition {
  return {
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 50],
    info: { title: view.title, subject: view.audience, creator: 'AEO platform, programme service' },
    language: view.language,
    defaultStyle: { font: CHART_FONT, fontSize: 9.5, lineHeight: 1.15 },
    styles: {
      h1: { fontSize: 17, bold: true, margin: [0, 0, 0, 4] },
      h2: { fontSize: 13, bold: true, color: '#0b5394', margin: [0, 14, 0, 6] },
      h3: { fontSize: 11, bold: true, margin: [0, 8, 0, 2] },
      meta: { color: '#57606a' },
      th: { bold: true, fillColor: '#f0f4f8' },
    },
    footer: (page, pages) => ({
      text: view.footer(page, pages),
      alignment: 'center',
      fontSize: 8,
      color: '#57606a',
      margin: [0, 20, 0, 0],
    }),
    content: [
      { text: view.title, style: 'h1' },
      { text: view.audience, style: 'meta' },
      { text: view.period, style: 'meta' },
      ...view.sections.flatMap(sectionContent),
    ],
  };
}

export function finalReportPdf(view: FinalReportView): Promise<Buffer> {
  return pdfmake.createPdf(finalReportDocument(view)).getBuffer();
}
