import { dirname, join } from 'node:path';
import pdfmake, { type Content, type ContentObject, type DocumentDefinition } from 'pdfmake';
import { CHART_FONT, CHART_SIZE } from './trend-chart';

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

export const MUTED = '#57606a';
const CHART_WIDTH = 250;

/** What every report's view gives its PDF frame. */
export interface ReportFrame {
  title: string;
  audience: string;
  period: string;
  language: string;
  footer: (page: number, pages: number) => string;
}

export const headerCells = (columns: string[]): ContentObject[] => columns.map((text) => ({ text, style: 'th' }));

/**
 * A table of text rows under a header row; the first column takes the room left (`shared`: every
 * column an equal share, the text wrapped, for tables of many wordy columns that would run past the
 * page's edge at their natural widths).
 */
export function rowsTable(
  section: { columns: string[]; rows: string[][] },
  options: { keepWithHeaderRows?: number; margin?: ContentObject['margin']; shared?: boolean } = {},
): ContentObject {
  const { keepWithHeaderRows, margin, shared } = options;
  return {
    table: {
      headerRows: 1,
      ...(keepWithHeaderRows === undefined ? {} : { keepWithHeaderRows }),
      widths: section.columns.map((_, i) => (shared || i === 0 ? '*' : 'auto')),
      body: [headerCells(section.columns), ...section.rows],
    },
    layout: 'lightHorizontalLines',
    fontSize: 8,
    ...(margin === undefined ? {} : { margin }),
  };
}

/** Pairs of charts side by side, each with its KPI's name and target above it (`spaceAbove` points over each). */
export function chartGrid(charts: { name: string; target: string; svg: string }[], spaceAbove = 0): Content[] {
  const cells = charts.map((chart): Content => ({
    stack: [
      { text: chart.name, bold: true, fontSize: 9 },
      { text: chart.target, fontSize: 8, color: MUTED },
      { svg: chart.svg, width: CHART_WIDTH, height: (CHART_WIDTH * CHART_SIZE.height) / CHART_SIZE.width },
    ],
    unbreakable: true,
    margin: [0, spaceAbove, 0, 10],
  }));
  const rows: Content[] = [];
  for (let i = 0; i < cells.length; i += 2)
    rows.push({ columns: [cells[i]!, cells[i + 1] ?? { text: '' }], columnGap: 15 });
  return rows;
}

/**
 * A report on A4 pages with the shared type and styles (`h3` as the report sets it), the view's
 * footer on each page, and its title, audience and period above `content`.
 */
export function reportDocument(
  view: ReportFrame,
  content: Content[],
  h3Margin: NonNullable<ContentObject['margin']>,
): DocumentDefinition {
  return {
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 50],
    info: { title: view.title, subject: view.audience, creator: 'AEO platform, programme service' },
    language: view.language,
    defaultStyle: { font: CHART_FONT, fontSize: 9.5, lineHeight: 1.15 },
    styles: {
      h1: { fontSize: 17, bold: true, margin: [0, 0, 0, 4] },
      h2: { fontSize: 13, bold: true, color: '#0b5394', margin: [0, 14, 0, 6] },
      h3: { fontSize: 11, bold: true, margin: h3Margin },
      meta: { color: MUTED },
      th: { bold: true, fillColor: '#f0f4f8' },
    },
    footer: (page, pages) => ({
      text: view.footer(page, pages),
      alignment: 'center',
      fontSize: 8,
      color: MUTED,
      margin: [0, 20, 0, 0],
    }),
    content: [
      { text: view.title, style: 'h1' },
      { text: view.audience, style: 'meta' },
      { text: view.period, style: 'meta' },
      ...content,
    ],
  };
}

/** The document's PDF bytes. */
export function renderPdf(document: DocumentDefinition): Promise<Buffer> {
  return pdfmake.createPdf(document).getBuffer();
}
