import { SAMPLE_PDF } from '@aeo/testing';
import { detectDocumentType } from './self-assessment.schemas';

const bytes = (...parts: (number[] | string | Buffer)[]) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))));
const SOI = [0xff, 0xd8];
const EOI = [0xff, 0xd9];
const APP0 = [0xff, 0xe0, 0x00, 0x10, ...Buffer.from('JFIF\0'), 1, 1, 0, 0, 1, 0, 1, 0, 0];
/** A frame header (SOF0): 8 bits, 1 x 1 pixel, one component. */
const SOF0 = [0xff, 0xc0, 0x00, 0x0b, 8, 0, 1, 0, 1, 1, 1, 0x11, 0];
/** A start of scan of that component, then one byte of entropy-coded data. */
const SOS = [0xff, 0xda, 0x00, 0x08, 1, 1, 0, 0, 63, 0, 0x00];
const JPEG = bytes(SOI, APP0, SOF0, SOS, EOI);
const HTML = '<html><script>alert(document.domain)</script></html>';

describe('evidence recognised by its content', () => {
  it('takes a JPEG whose segments lead to a scan after a frame header, with an end marker after the scan', () => {
    expect(detectDocumentType(JPEG)).toBe('image/jpeg');
    // Padding or data after the end marker (a phone's motion photo appends its video), and fill
    // bytes before a marker, are allowed.
    expect(detectDocumentType(bytes(JPEG, '\r\n\0'))).toBe('image/jpeg');
    expect(detectDocumentType(bytes(JPEG, [0, 0, 0, 0x18], 'ftypmp42', Buffer.alloc(64)))).toBe('image/jpeg');
    expect(detectDocumentType(bytes(SOI, [0xff], APP0, SOF0, SOS, EOI))).toBe('image/jpeg');
  });

  it('refuses what only starts like a JPEG: HTML behind the signature, no end marker after the scan, no frame header, a segment past the end', () => {
    for (const [why, content] of [
      ['HTML behind the signature', bytes(SOI, [0xff], HTML, EOI)],
      ['no end marker', bytes(SOI, APP0, SOF0, SOS)],
      ['the end marker only before the scan', bytes(SOI, APP0, SOF0, [0xff, 0xda, 0x00, 0x04, 0xff, 0xd9])],
      ['no frame header before the scan', bytes(SOI, APP0, SOS, EOI)],
      ['a segment longer than the file', bytes(SOI, [0xff, 0xe0, 0x7f, 0xff], EOI)],
      ['fill bytes up to the end', bytes(SOI, [0xff, 0xff, 0xff, 0xda])],
      ['fill bytes and a marker without its length', bytes(SOI, [0xff, 0xff, 0xff, 0xff, 0xda, 0x00])],
      ['a restart marker where a segment belongs', bytes(SOI, [0xff, 0xd0, 0x00, 0x04], SOF0, SOS, EOI)],
    ] as const)
      expect([why, detectDocumentType(content)]).toEqual([why, undefined]);
  });

  it('takes a PDF that ends with %%EOF (a line or two after it too) and refuses one that does not', () => {
    expect(detectDocumentType(SAMPLE_PDF)).toBe('application/pdf');
    expect(detectDocumentType(bytes(SAMPLE_PDF, '% another revision\n'))).toBe('application/pdf');
    expect(detectDocumentType(bytes('%PDF-1.7\n', HTML))).toBeUndefined();
    expect(detectDocumentType(bytes(SAMPLE_PDF, ' '.repeat(2000)))).toBeUndefined();
  });
});
