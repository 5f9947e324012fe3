import { ROLES } from './roles';
import { toAuthenticatedUser, userClaimsSchema } from './claims';

const exp = Math.floor(Date.now() / 1000) + 3600;

describe('token claims never let scoping fail open', () => {
  it('requires a region on tokens whose roles are all regional', () => {
    expect(() => toAuthenticatedUser({ sub: 'o', roles: [ROLES.regionalOffice], exp })).toThrow(/must name its region/);
    expect(toAuthenticatedUser({ sub: 'o', roles: [ROLES.regionalOffice], region: 'DARKHAN', exp }).region).toBe('DARKHAN');
  });

  it('refuses operator-user combined with customs roles, and without a company', () => {
    expect(() => toAuthenticatedUser({ sub: 't', roles: [ROLES.operatorUser, ROLES.executive], taxpayerId: '1234567', exp })).toThrow(/cannot be combined/);
    expect(() => toAuthenticatedUser({ sub: 't', roles: [ROLES.operatorUser], exp })).toThrow(/taxpayerId/);
  });

  it('requires an expiry on presented tokens and a country on partner tokens', () => {
    expect(() => toAuthenticatedUser({ sub: 'e', roles: [ROLES.executive] })).toThrow(/exp/);
    expect(() => userClaimsSchema.parse({ sub: 'p', roles: [ROLES.partnerCustoms] })).toThrow(/partnerCountry/);
    expect(toAuthenticatedUser({ sub: 'e', roles: [ROLES.executive], exp })).toEqual({ sub: 'e', roles: [ROLES.executive] });
  });
});
