import { dirname, join } from 'node:path';
import pdfmake, { type Content, type ContentObject, type DocumentDefinition } from 'pdfmake';
import { CHART_FONT, CHART_SIZE } from './report-chart';
import type { ReportView, ViewFigure } from './report-view';

/** DejaVu Sans (npm dejavu-fonts-ttf): Latin and the whole Cyrillic block, Mongolian's Өө Үү included. */
const FONT_DIRECTORY = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const font = (file: string) => join(FONT_DIRECTORY, file);

pdfmake.setFonts({
  // The charts name this family, so their text is drawn with the same embedded font.
  [CHART_FONT]: {
    normal: font('DejaVuSans.ttf'),
    bold: font('DejaVuSans-Bold.ttf'),
    italics: font('DejaVuSans-Oblique.ttf'),
    bolditalics: font('DejaVuSans-BoldOblique.ttf'),
  },
});
// The document names nothing outside: no URL is fetched, and only the font files are read.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => path.startsWith(FONT_DIRECTORY));

const ON_TARGET = '#1a7f37';
const OFF_TARGET = '#cf222e';
const CHART_WIDTH = 250;

const figureCell = (figure: ViewFigure): ContentObject => ({
  text: figure.mark ? `${figure.text} ${figure.mark}` : figure.text,
  alignment: 'right',
  noWrap: true,
  color: figure.onTarget === null ? undefined : figure.onTarget ? ON_TARGET : OFF_TARGET,
});

const header = (columns: string[]): ContentObject[] => columns.map((text) => ({ text, style: 'th' }));

function rowsTable(section: { columns: string[]; rows: string[][] }): Content {
  return {
    table: {
      headerRows: 1,
      widths: section.columns.map((_, i) => (i === 0 ? '*' : 'auto')),
      body: [header(section.columns), ...section.rows],
    },
    layout: 'lightHorizontalLines',
    fontSize: 8,
  };
}

/** Pairs of charts side by side, each with its KPI's name and target above it. */
function chartGrid(view: ReportView): Content[] {
  const cells = view.trends.charts.map((chart): Content => ({
    stack: [
      { text: chart.name, bold: true, fontSize: 9 },
      { text: chart.target, fontSize: 8, color: '#57606a' },
      { svg: chart.svg, width: CHART_WIDTH, height: (CHART_WIDTH * CHART_SIZE.height) / CHART_SIZE.width },
    ],
    unbreakable: true,
    margin: [0, 0, 0, 10],
  }));
  const rows: Content[] = [];
  for (let i = 0; i < cells.length; i += 2)
    rows.push({ columns: [cells[i]!, cells[i + 1] ?? { text: '' }], columnGap: 15 });
  return rows;
}

/** The document: the same sections, words and charts as the HTML page, on A4 pages. */
export function reportDocument(view: ReportView): DocumentDefinition {
  return {
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 50],
    info: { title: view.title, subject: view.audience, creator: 'AEO platform, programme service' },
    language: view.language,
    defaultStyle: { font: CHART_FONT, fontSize: 9.5, lineHeight: 1.15 },
    styles: {
      h1: { fontSize: 17, bold: true, margin: [0, 0, 0, 4] },
      h2: { fontSize: 13, bold: true, color: '#0b5394', margin: [0, 14, 0, 6] },
      h3: { fontSize: 11, bold: true, margin: [0, 10, 0, 4] },
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
      ...(view.provisional ? [{ text: view.provisional, bold: true, color: '#9a6700' } as Content] : []),
      { text: view.summary.title, style: 'h2' },
      { ul: view.summary.lines },
      { text: view.kpis.title, style: 'h2' },
      { text: view.kpis.intro, margin: [0, 0, 0, 6] },
      {
        table: {
          headerRows: 1,
          widths: ['*', 'auto', ...view.kpis.columns.slice(2).map(() => 'auto')],
          body: [
            header(view.kpis.columns),
            ...view.kpis.rows.map((row) => [
              { text: row.name },
              { text: row.target },
              ...row.months.map(figureCell),
              { ...figureCell(row.quarter), bold: true },
            ]),
          ],
        },
        layout: 'lightHorizontalLines',
        fontSize: 8,
      },
      { text: view.trends.title, style: 'h2', pageBreak: 'before' },
      { text: view.trends.intro, margin: [0, 0, 0, 8] },
      ...chartGrid(view),
      { text: view.deviations.title, style: 'h2' },
      { text: view.deviations.intro, margin: [0, 0, 0, 6] },
      view.deviations.note ?? rowsTable(view.deviations),
      { text: view.scorecard.title, style: 'h2' },
      view.scorecard.note ?? rowsTable(view.scorecard),
      ...(view.scorecard.tfa ? [{ text: view.scorecard.tfa.title, style: 'h3' }, rowsTable(view.scorecard.tfa)] : []),
    ],
  };
}

export function reportPdf(view: ReportView): Promise<Buffer> {
  return pdfmake.createPdf(reportDocument(view)).getBuffer();
}
