import { MUTED, PDF_FONT, type Content, type ContentObject, type DocumentDefinition } from '@aeo/pdf';
import { CHART_SIZE } from './trend-chart';

const CHART_WIDTH = 250;

/** What every report's view gives its PDF frame. */
export interface ReportFrame {
  title: string;
  audience: string;
  period: string;
  language: string;
  footer: (page: number, pages: number) => string;
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
    defaultStyle: { font: PDF_FONT, fontSize: 9.5, lineHeight: 1.15 },
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
