import { type Content, type ContentObject, type DocumentDefinition, headerCells, renderPdf, rowsTable } from '@aeo/pdf';
import { chartGrid, reportDocument as reportFrame } from '../report-kit/report-document';
import type { ReportView, ViewFigure } from './report-view';

const ON_TARGET = '#1a7f37';
const OFF_TARGET = '#cf222e';

const figureCell = (figure: ViewFigure): ContentObject => ({
  text: figure.mark ? `${figure.text} ${figure.mark}` : figure.text,
  alignment: 'right',
  noWrap: true,
  color: figure.onTarget === null ? undefined : figure.onTarget ? ON_TARGET : OFF_TARGET,
});

/** The document: the same sections, words and charts as the HTML page, on A4 pages (the report kit's frame). */
export function reportDocument(view: ReportView): DocumentDefinition {
  return reportFrame(
    view,
    [
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
            headerCells(view.kpis.columns),
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
      ...chartGrid(view.trends.charts),
      { text: view.deviations.title, style: 'h2' },
      { text: view.deviations.intro, margin: [0, 0, 0, 6] },
      view.deviations.note ?? rowsTable(view.deviations),
      { text: view.scorecard.title, style: 'h2' },
      view.scorecard.note ?? rowsTable(view.scorecard),
      ...(view.scorecard.tfa ? [{ text: view.scorecard.tfa.title, style: 'h3' }, rowsTable(view.scorecard.tfa)] : []),
    ],
    [0, 10, 0, 4],
  );
}

export function reportPdf(view: ReportView): Promise<Buffer> {
  return renderPdf(reportDocument(view));
}
