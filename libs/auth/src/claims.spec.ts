import { ROLES } from './roles';
import { MAX_SUB_LENGTH, toAuthenticatedUser, userClaimsSchema } from './claims';

const exp = Math.floor(Date.now() / 1000) + 3600;

describe('token claims never let scoping fail open', () => {
  it('requires a region on tokens whose roles are all regional', () => {
    expect(() => toAuthenticatedUser({ sub: 'o', roles: [ROLES.regionalOffice], exp })).toThrow(/must name its region/);
    expect(toAuthenticatedUser({ sub: 'o', roles: [ROLES.regionalOffice], region: 'DARKHAN', exp }).region).toBe(
      'DARKHAN',
    );
  });

  it('refuses operator-user combined with customs roles, and without a company', () => {
    expect(() =>
      toAuthenticatedUser({ sub: 't', roles: [ROLES.operatorUser, ROLES.executive], taxpayerId: '1234567', exp }),
    ).toThrow(/cannot be combined/);
    expect(() => toAuthenticatedUser({ sub: 't', roles: [ROLES.operatorUser], exp })).toThrow(/taxpayerId/);
  });

  it('refuses partner-customs combined with any other role (it would read every country)', () => {
    for (const other of [ROLES.mraOfficer, ROLES.executive, ROLES.operations])
      expect(() =>
        toAuthenticatedUser({ sub: 'p', roles: [ROLES.partnerCustoms, other], partnerCountry: 'JP', exp }),
      ).toThrow(/partner-customs cannot be combined with other roles/);
    expect(() =>
      userClaimsSchema.parse({ sub: 'p', roles: [ROLES.mraOfficer, ROLES.partnerCustoms], partnerCountry: 'JP' }),
    ).toThrow(/cannot be combined/);
    expect(toAuthenticatedUser({ sub: 'p', roles: [ROLES.partnerCustoms], partnerCountry: 'JP', exp })).toMatchObject({
      partnerCountry: 'JP',
    });
  });

  it('requires an expiry on presented tokens and a country on partner tokens', () => {
    expect(() => toAuthenticatedUser({ sub: 'e', roles: [ROLES.executive] })).toThrow(/exp/);
    expect(() => userClaimsSchema.parse({ sub: 'p', roles: [ROLES.partnerCustoms] })).toThrow(/partnerCountry/);
    expect(toAuthenticatedUser({ sub: 'e', roles: [ROLES.executive], exp })).toEqual({
      sub: 'e',
      roles: [ROLES.executive],
    });
  });
});

describe('sub length', () => {
  it('refuses a sub longer than the workflows record as who acted ("sub: too long")', () => {
    expect(toAuthenticatedUser({ sub: 'x'.repeat(MAX_SUB_LENGTH), roles: [ROLES.executive], exp }).sub).toHaveLength(
      MAX_SUB_LENGTH,
    );
    expect(() => toAuthenticatedUser({ sub: 'x'.repeat(MAX_SUB_LENGTH + 1), roles: [ROLES.executive], exp })).toThrow(
      /too long/,
    );
  });
});
