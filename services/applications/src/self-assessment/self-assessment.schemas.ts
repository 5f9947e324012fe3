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
 * Evidence types accepted, each recognised by its first bytes (the declared type is not trusted);
 * a PNG also by its header chunk (pngHeaderIsSound).
 */
export const DOCUMENT_TYPES: readonly {
  contentType: string;
  magic: readonly number[];
  sound?: (content: Buffer) => boolean;
}[] = [
  { contentType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { contentType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], sound: pngHeaderIsSound },
  { contentType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
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
