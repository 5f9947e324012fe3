import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The CSRF token of a form: an HMAC of what the form is bound to (`interaction:<uid>`, or the
 * sign-up's cookie), under the provider's cookie key. Another site can neither read nor forge it.
 */
export const csrfToken = (key: string, boundTo: string): string =>
  createHmac('sha256', key).update(boundTo).digest('base64url');

export function csrfMatches(key: string, boundTo: string, given: string | null): boolean {
  const expected = Buffer.from(csrfToken(key, boundTo));
  const actual = Buffer.from(given ?? '');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
