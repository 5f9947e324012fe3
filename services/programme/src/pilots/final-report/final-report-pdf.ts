import { type Content, type DocumentDefinition, renderPdf, rowsTable } from '@aeo/pdf';
import { chartGrid, reportDocument } from '../../report-kit/report-document';
import type { FinalReportView, ViewSection, ViewTable } from './final-report-view';

const table = (section: ViewTable): Content[] => [
  ...(section.title ? [{ text: section.title, style: 'h3' } as Content] : []),
  // Its tables have up to six wordy columns (objectives, participants, milestones): shared widths keep
  // the last ones on the page (at natural widths the objectives' last column ran past its edge).
  rowsTable(section, { keepWithHeaderRows: 1, margin: [0, 4, 0, 6], shared: section.columns.length > 3 }),
];

const sectionContent = (section: ViewSection): Content[] => [
  { text: section.title, style: 'h2' },
  ...(section.intro ? [{ text: section.intro, margin: [0, 0, 0, 4] } as Content] : []),
  ...section.lines.map((text): Content => ({ text, margin: [0, 0, 0, 4] })),
  ...(section.note ? [{ text: section.note } as Content] : []),
  ...section.tables.flatMap(table),
  ...chartGrid(section.charts, 6),
];

/** The document: the same sections, words and charts as the HTML page, on A4 pages (the report kit's frame). */
export function finalReportDocument(view: FinalReportView): DocumentDefinition {
  return reportDocument(view, view.sections.flatMap(sectionContent), [0, 8, 0, 2]);
}

export function finalReportPdf(view: FinalReportView): Promise<Buffer> {
  return renderPdf(finalReportDocument(view));
}
