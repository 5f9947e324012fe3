/**
 * Foreign AEO identifiers as partners' lists and declarations write them: `CN1234567890`,
 * `cn 1234567890`, `１２３４５６７８９０` (full-width digits typed in a Chinese input method) with
 * country `CN`, `KR-KCS-000123`. Matching compares their normalised form: NFKC (full-width to
 * ASCII), upper case, every character that is not a letter or digit dropped, and the partner's
 * ISO country prefixed when the identifier does not start with it. Exact matching compares the
 * identifier as written (trimmed) first; the normalised form is the second step.
 */
export function normaliseForeignAeoId(country: string, aeoId: string): string {
  const prefix = country.trim().toUpperCase();
  const compact = aeoId
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
  return compact.startsWith(prefix) ? compact : `${prefix}${compact}`;
}
