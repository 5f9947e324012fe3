import { z } from 'zod';

/** Whether the text holds a C0 or C1 control character (NUL among them): never part of a search a person typed. */
export const hasControlCharacter = (text: string): boolean =>
  [...text].some((character) => {
    const code = character.codePointAt(0)!;
    return code < 0x20 || (code >= 0x7f && code <= 0x9f);
  });

/**
 * A list's free-text search in the URL (`?q=`): spaces around it dropped, and nothing at all when
 * only spaces, longer than the API takes, or holding a control character (`%00`): the API would
 * refuse it with a 400 and the page would show an error instead of the list.
 */
export const searchText = (max: number) =>
  z
    .preprocess(
      // The router parses search values as JSON: ?q=8000259 (a taxpayer id) arrives as a number.
      (value) => (typeof value === 'number' || typeof value === 'boolean' ? String(value) : value),
      z
        .string()
        .trim()
        .max(max)
        .refine((value) => !hasControlCharacter(value))
        .transform((value) => value || undefined)
        .optional(),
    )
    .catch(undefined);

/**
 * A customs region in the URL (`?region=`): written in upper case as the API names regions
 * (`darkhan` reads as DARKHAN instead of being dropped and showing every region); anything not
 * shaped like a region code is dropped. The programme's regions are configured (CUSTOMS_REGIONS),
 * not an enum of the API: the API answers a well-formed unknown code with a 400 naming `region`.
 */
export const regionCode = () =>
  z
    .string()
    .trim()
    .transform((value) => value.toUpperCase())
    .pipe(z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/))
    .optional()
    .catch(undefined);

/**
 * The region a list may ask for: regional staff read their own region only (the API's default for
 * them, another is 403), so a region other than theirs in the URL is not sent.
 */
export function regionInScope(region: string | undefined, callerRegion: string | undefined): string | undefined {
  return callerRegion && region !== callerRegion ? undefined : region;
}
