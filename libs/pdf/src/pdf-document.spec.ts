import { dirname, join } from 'node:path';
import type { ContentObject } from 'pdfmake';
import { pdfText } from './pdf-text';
import { isEmbeddedFontFile, renderPdf, rowsTable } from './pdf-document';

const CREATED = new Date('2026-03-02T04:05:06Z');
const definition = () => ({
  info: { title: 'Гэрчилгээ / Certificate', creationDate: CREATED },
  content: [
    { text: 'Эрх бүхий эдийн засгийн оператор: Өө Үү' },
    rowsTable({ columns: ['Нэр', 'Name'], rows: [['Алтай', 'Altai']] }),
  ],
});

describe('renderPdf', () => {
  it('embeds a font with the Cyrillic letters, Mongolian ones included, and draws the tables', async () => {
    const bytes = await renderPdf(definition());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await pdfText(bytes);
    expect(text).toContain('Эрх бүхий эдийн засгийн оператор: Өө Үү');
    expect(text).toMatch(/Нэр\s+Name/);
    expect(text).toMatch(/Алтай\s+Altai/);
  });

  it('gives the same bytes for the same definition and creation date', async () => {
    const [first, second] = [await renderPdf(definition()), await renderPdf(definition())];
    expect(first.equals(second)).toBe(true);
    const later = await renderPdf({ ...definition(), info: { creationDate: new Date('2026-03-03T00:00:00Z') } });
    expect(later.equals(first)).toBe(false);
  });
});

describe('the files a document may read', () => {
  const fonts = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

  it('are the embedded font files only: not a sibling folder sharing the prefix, nor a way out through ..', () => {
    expect(isEmbeddedFontFile(join(fonts, 'DejaVuSans.ttf'))).toBe(true);
    expect(isEmbeddedFontFile(`${fonts}-x/DejaVuSans.ttf`)).toBe(false);
    expect(isEmbeddedFontFile(`${fonts}/../package.json`)).toBe(false);
    expect(isEmbeddedFontFile(`${fonts}/../../../../etc/passwd`)).toBe(false);
    expect(isEmbeddedFontFile(fonts)).toBe(false);
  });

  it('refuses a document naming a file outside the font folder by way of it', async () => {
    const outside = `${fonts}/../package.json`;
    // An image by local path (pdfmake reads those too; the platform's types leave images out).
    const image = { image: outside, width: 10 } as ContentObject;
    await expect(renderPdf({ content: [image] })).rejects.toThrow(
      `Access to local file denied by resource access policy: ${outside}`,
    );
  });
});
