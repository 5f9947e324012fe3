import { ROLES, type AuthenticatedUser } from '@aeo/auth';

/** A person who can log in: the claims of the tokens issued to them, and their password's hash. */
export interface IdentityAccount extends AuthenticatedUser {
  /** What they type on the login page (a demo user's is its `sub`; a signed-up user's sub is generated). */
  readonly login: string;
  readonly passwordHash: string;
  readonly email?: string;
  readonly language?: 'mn' | 'en';
}

/** Every demo user's login starts so; a sign-up may not take such a login. */
export const DEMO_LOGIN_PREFIX = 'demo-';

/**
 * The password of every demo user, `aeo-demo` (scrypt; documented in docs/identity.md). Demo users exist
 * only in the local provider: an administration's own provider holds its staff and operators.
 */
const DEMO_PASSWORD_HASH = 'scrypt$16384$8$1$HE4WulB2mijz0NSSTpEQiw$8mGrfoweU1fyNDpuOYgCG-DAgi6cv4xp-Qaeh4UP-0M';

/** The regions and companies of the demo data (deploy/local/demo/load-demo-data.ts). */
const DEMO_REGIONS = ['ULAANBAATAR', 'DARKHAN', 'ERDENET', 'ZAMYN_UUD', 'SELENGE', 'DORNOD', 'UMNUGOVI', 'KHOVD'];
const DEMO_COMPANIES: Record<string, string> = {
  '5012345': 'Tavan Bogd Trade LLC',
  '5023456': 'Gobi Logistics LLC',
  '5034567': 'Darkhan Steel Works JSC',
  '5045678': 'Erdenet Copper Export LLC',
  '5056789': 'Zamyn-Uud Border Warehouse LLC',
  '5067890': 'Selenge Grain Traders LLC',
  '5089012': 'Dornod Fuel Import LLC',
  '5090123': 'Umnugovi Mining Supply LLC',
  '5078901': 'Khovd Cashmere Export LLC',
};

const account = (user: AuthenticatedUser): IdentityAccount => ({
  ...user,
  login: user.sub,
  passwordHash: DEMO_PASSWORD_HASH,
});

/** One or more demo users of every role but backend-platform (a client, not a person). */
export const DEMO_ACCOUNTS: readonly IdentityAccount[] = [
  account({ sub: 'demo-executive', name: 'AEO programme executive', roles: [ROLES.executive] }),
  account({ sub: 'demo-policy-unit', name: 'AEO policy unit', roles: [ROLES.policyUnit] }),
  account({ sub: 'demo-mra-officer', name: 'MRA officer', roles: [ROLES.mraOfficer] }),
  account({ sub: 'demo-operations', name: 'Platform operations', roles: [ROLES.operations] }),
  account({
    sub: 'demo-gacc',
    name: 'General Administration of Customs of China',
    roles: [ROLES.partnerCustoms],
    partnerCountry: 'CN',
  }),
  ...DEMO_REGIONS.flatMap((region) => {
    const lower = region.toLowerCase();
    return [
      account({
        sub: `demo-officer-${lower}`,
        name: `${region} contact officer`,
        roles: [ROLES.contactOfficer],
        region,
      }),
      account({ sub: `demo-validator-${lower}`, name: `${region} validator`, roles: [ROLES.validator], region }),
      account({
        sub: `demo-office-${lower}`,
        name: `${region} regional office`,
        roles: [ROLES.regionalOffice],
        region,
      }),
    ];
  }),
  ...Object.entries(DEMO_COMPANIES).map(([taxpayerId, company]) =>
    account({
      sub: `demo-trader-${taxpayerId}`,
      name: `${company} compliance officer`,
      roles: [ROLES.operatorUser],
      taxpayerId,
    }),
  ),
];
