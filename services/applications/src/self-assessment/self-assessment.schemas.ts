import { crc32 } from 'node:zlib';
import { z } from 'zod';
import { createZodDto } from 'nestjs-zod';
import { isSafeText, trimmedVisibleMultilineText, trimmedVisibleText } from '@aeo/contracts';

export const saveAnswersBodySchema = z.strictObject({
  answers: z
    .array(
      z.strictObject({
        questionId: trimmedVisibleText.min(1).max(40),
        value: trimmedVisibleMultilineText
          .min(1)
          .max(10_000)
          .describe('"yes" or "no" for yes-no questions; free text (at least 10 characters) otherwise'),
        comment: trimmedVisibleMultilineText.max(4000).optional(),
      }),
    )
    .min(1)
    .max(200),
});
export class SaveAnswersDto extends createZodDto(saveAnswersBodySchema) {}

/**
 * Multipart text is decoded as UTF-8 (busboy `defParamCharset`/`defCharset` utf8), where an
 * invalid byte becomes U+FFFD: such text is refused (400), never stored repaired.
 */
export const INVALID_UTF8_MESSAGE = 'is not valid UTF-8';
export const decodedFromValidUtf8 = (value: string): boolean => !value.includes('\uFFFD');

export const uploadDocumentFieldsSchema = z.strictObject({
  questionId: trimmedVisibleText.refine(decodedFromValidUtf8, INVALID_UTF8_MESSAGE).min(1).max(40),
});

/** Why a multipart file name cannot be stored as sent, if it cannot: invalid UTF-8, NUL or other control characters, unpaired surrogates. */
export function fileNameProblem(name: string): string | undefined {
  if (!decodedFromValidUtf8(name)) return INVALID_UTF8_MESSAGE;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001F\u007F-\u009F]/.test(name) || !isSafeText(name))
    return 'must not contain control characters or unpaired surrogates';
  return undefined;
}
export class UploadDocumentFields extends createZodDto(uploadDocumentFieldsSchema) {}

export const documentParamsSchema = z.strictObject({ applicationId: z.uuid(), documentId: z.uuid() });
export class DocumentParams extends createZodDto(documentParamsSchema) {}

/**
 * Evidence types accepted, each recognised by its first bytes (the declared type is not trusted)
 * and a check of its structure: a PNG's header chunk (pngHeaderIsSound), a JPEG's segments up to
 * the scan and its end marker (jpegIsSound), a PDF's end-of-file marker (pdfIsSound).
 */
export const DOCUMENT_TYPES: readonly {
  contentType: string;
  magic: readonly number[];
  sound?: (content: Buffer) => boolean;
}[] = [
  { contentType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d], sound: pdfIsSound },
  { contentType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], sound: pngHeaderIsSound },
  { contentType: 'image/jpeg', magic: [0xff, 0xd8, 0xff], sound: jpegIsSound },
];

export function detectDocumentType(content: Buffer): string | undefined {
  return DOCUMENT_TYPES.find(
    (type) =>
      content.length >= type.magic.length &&
      type.magic.every((byte, i) => content[i] === byte) &&
      (type.sound?.(content) ?? true),
  )?.contentType;
}

/**
 * The eight signature bytes alone make no image (they could precede a page of HTML): a PNG's first
 * chunk is its 13-byte header (IHDR, RFC 2083) with a width and a height and the chunk's CRC. Only
 * that chunk is checked, not the image.
 */
function pngHeaderIsSound(content: Buffer): boolean {
  const headerEnd = 8 + 4 + 4 + 13;
  if (content.length < headerEnd + 4) return false;
  if (content.readUInt32BE(8) !== 13 || content.toString('latin1', 12, 16) !== 'IHDR') return false;
  if (content.readUInt32BE(16) === 0 || content.readUInt32BE(20) === 0) return false;
  return crc32(content.subarray(12, headerEnd)) === content.readUInt32BE(headerEnd);
}

/**
 * A PDF ends with `%%EOF` (ISO 32000-1, 7.5.5); readers look for it in the last 1024 bytes, so a
 * line or two after it is still a PDF. `%PDF-` followed by a page of HTML is not.
 */
function pdfIsSound(content: Buffer): boolean {
  return content.subarray(Math.max(0, content.length - PDF_EOF_WINDOW)).includes('%%EOF', 0, 'latin1');
}
const PDF_EOF_WINDOW = 1024;

const EOI = Buffer.from([0xff, 0xd9]);

/**
 * A JPEG (ITU T.81, B.2): after its start marker, marker segments (APPn, DQT, DHT, a frame header
 * SOFn...) each with its length, up to the start of scan (SOS), a frame header among them; and an
 * end marker (FFD9) after the scan. Only that structure is checked, not the image: three signature
 * bytes followed by a page of HTML are not a JPEG. Data after the end marker is allowed, as image
 * readers allow it: phones append a motion photo's video there (downloads are served with the
 * stored type and `nosniff`, so nothing there is ever run).
 */
function jpegIsSound(content: Buffer): boolean {
  const end = content.length;
  let frame = false;
  let at = 2;
  while (at + 4 <= end) {
    if (content[at] !== 0xff) return false;
    // Fill bytes (0xFF) may precede a marker.
    while (at + 1 < end && content[at + 1] === 0xff) at++;
    // The fill bytes may have run to the end: no room left for a marker and its length.
    if (at + 4 > end) return false;
    const marker = content[at + 1];
    if (!isSegmentMarker(marker)) return false;
    const length = content.readUInt16BE(at + 2);
    if (length < 2 || at + 2 + length > end) return false;
    if (marker === SOS) return frame && content.lastIndexOf(EOI) >= at + 2 + length;
    if (isFrameHeader(marker)) frame = true;
    at += 2 + length;
  }
  return false;
}
const SOS = 0xda;
/** SOF0-SOF15 but DHT (C4), JPG (C8) and DAC (CC), which share the range. */
const isFrameHeader = (marker: number): boolean =>
  marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
/** Markers with a length before the scan: SOFn, DHT, DAC, DQT, DNL, DRI, DHP, EXP, APPn, JPGn, COM, SOS. */
const isSegmentMarker = (marker: number): boolean =>
  (marker >= 0xc0 && marker <= 0xcf) || (marker >= 0xda && marker <= 0xfe);
