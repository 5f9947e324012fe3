/**
 * What the console's browser specs share: the console's own words (as the page shows them), JSON
 * helpers and a demo company of DARKHAN (the demo officer's region).
 */
import { randomInt } from 'node:crypto';
import { bearer } from '@aeo/testing';
import { ROLES } from '@aeo/web/claims';
import { textOf } from '@aeo/web/words';
import { WORDS as CONSOLE_WORDS } from '../src/i18n/resources';

export type Language = 'mn' | 'en';
/** The console's own words for a key (`_one`/`_other` by count), as the page shows them. */
export const say = (language: Language, key: string, values: Record<string, string | number> = {}): string =>
  textOf(CONSOLE_WORDS[language], key, values);
export const LOCALES: Record<Language, string> = { mn: 'mn-MN', en: 'en-GB' };
export const json = (token: string) => ({ 'content-type': 'application/json', authorization: token });
/** Response bodies here are checked field by field, so they are read loosely typed. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- checked field by field
export const readJson = (response: Response): Promise<any> => response.json();
/** A GET of a service's JSON with the caller's token. */
export const getJson = async (url: string, token: string) => readJson(await fetch(url, { headers: json(token) }));
/** A company of DARKHAN (the demo officer's region) with its user's token and registration. */
export function makeCompany() {
  const taxpayerId = String(randomInt(1_000_000, 9_999_999));
  return {
    taxpayerId,
    operatorToken: bearer({ sub: `trader-${taxpayerId}`, roles: [ROLES.operatorUser], taxpayerId }),
    registration: {
      taxpayerId,
      name: `Khan Cargo ${taxpayerId} LLC`,
      legalForm: 'LLC',
      region: 'DARKHAN',
      customsOffice: 'DARKHAN-01',
      supplyChainRoles: ['importer'],
      address: { street: 'Sukhbaatar Street 3', city: 'Darkhan', country: 'MN' },
      contact: { name: 'Oyunchimeg', email: `customs+${taxpayerId}@khancargo.example`, language: 'mn' },
    },
  };
}
export const PASSWORD = 'aeo-demo';
