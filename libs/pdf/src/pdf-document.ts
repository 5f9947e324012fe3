import { dirname, join, resolve, sep } from 'node:path';
import pdfmake, { type ContentObject, type DocumentDefinition } from 'pdfmake';

/** DejaVu Sans (npm dejavu-fonts-ttf): Latin and the whole Cyrillic block, Mongolian's Өө Үү included. */
export const PDF_FONT = 'DejaVu Sans';

const FONT_DIRECTORY = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const font = (file: string) => join(FONT_DIRECTORY, file);

/** Whether pdfmake may read the file: only inside the font directory, once `..` is resolved (not `…/ttf-x`, not `…/ttf/../`). */
export const isEmbeddedFontFile = (path: string): boolean => resolve(path).startsWith(FONT_DIRECTORY + sep);

pdfmake.setFonts({
  // Charts drawn as SVG name this family too, so their text is drawn with the same embedded font.
  [PDF_FONT]: {
    normal: font('DejaVuSans.ttf'),
    bold: font('DejaVuSans-Bold.ttf'),
    italics: font('DejaVuSans-Oblique.ttf'),
    bolditalics: font('DejaVuSans-BoldOblique.ttf'),
  },
});
// A document names nothing outside: no URL is fetched, and only the font files are read.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy(isEmbeddedFontFile);

/** Secondary text (metadata lines, captions). */
export const MUTED = '#57606a';

export const headerCells = (columns: string[]): ContentObject[] => columns.map((text) => ({ text, style: 'th' }));

/**
 * A table of text rows under a header row (style `th`); the first column takes the room left
 * (`shared`: every column an equal share, the text wrapped, for tables of many wordy columns that
 * would run past the page's edge at their natural widths).
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

/**
 * The document's PDF bytes, its text in the embedded DejaVu Sans unless it names another font. The
 * same definition with a fixed `info.creationDate` gives the same bytes (the date seeds the file's
 * /ID); without one, pdfkit stamps the time of rendering.
 */
export function renderPdf(document: DocumentDefinition): Promise<Buffer> {
  return pdfmake.createPdf({ ...document, defaultStyle: { font: PDF_FONT, ...document.defaultStyle } }).getBuffer();
}
