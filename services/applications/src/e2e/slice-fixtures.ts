import { randomInt } from 'node:crypto';
import { ROLES } from '@aeo/auth';
import { bearer } from '@aeo/testing';

/** A company in a region, with the tokens of the people who act on it. */
export function makeCompany(region = 'DARKHAN') {
  const taxpayerId = String(randomInt(1_000_000, 9_999_999));
  return {
    taxpayerId,
    region,
    operatorToken: bearer({ sub: `trader-${taxpayerId}`, roles: [ROLES.operatorUser], taxpayerId }),
    officerToken: bearer({ sub: `officer-${region.toLowerCase()}`, roles: [ROLES.contactOfficer], region }),
    registration: {
      taxpayerId,
      name: `Altai Trade ${taxpayerId} LLC`,
      legalForm: 'LLC',
      region,
      customsOffice: `${region}-01`,
      supplyChainRoles: ['importer', 'exporter'],
      address: { street: 'Peace Avenue 17', city: region === 'DARKHAN' ? 'Darkhan' : 'Ulaanbaatar', country: 'MN' },
      contact: { name: 'Bat-Erdene', email: `compliance+${taxpayerId}@altai.example`, language: 'en' },
    },
  };
}

export const json = (token: string, correlationId?: string) => ({
  'content-type': 'application/json',
  authorization: token,
  ...(correlationId ? { 'x-correlation-id': correlationId } : {}),
});

/** Response bodies in these tests are checked field by field, so they are read loosely typed. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const readJson = (response: Response): Promise<any> => response.json();
