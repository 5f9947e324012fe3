import { ForbiddenException, NotFoundException } from '@nestjs/common';
import { type AuthenticatedUser, ROLES } from '@aeo/auth';
import { partnerCountryOf, visibleArrangement } from './partner-scope';

describe('partner scope of the MRA APIs', () => {
  const officer: AuthenticatedUser = { sub: 'mra-1', roles: [ROLES.mraOfficer] };
  const korea: AuthenticatedUser = { sub: 'kcs-1', roles: [ROLES.partnerCustoms], partnerCountry: 'kr' };
  const unnamed: AuthenticatedUser = { sub: 'pc-1', roles: [ROLES.partnerCustoms] };
  const arrangement = { id: 'a-1', country: 'KR' };
  const visible = (user: AuthenticatedUser, found = arrangement) =>
    visibleArrangement(user, 'a-1', found, (a) => a.country);

  it('limits a partner administration to its own country, and staff to none', () => {
    expect(partnerCountryOf(officer)).toBeUndefined();
    expect(partnerCountryOf(korea)).toBe('KR');
    expect(() => partnerCountryOf(unnamed)).toThrow(ForbiddenException);
  });

  it('answers an arrangement to staff and to its own partner, 404 to another partner or when not found', () => {
    expect(visible(officer)).toBe(arrangement);
    expect(visible(korea)).toBe(arrangement);
    expect(() => visible(korea, { id: 'a-2', country: 'CN' })).toThrow(NotFoundException);
    expect(() => visibleArrangement(officer, 'a-3', undefined, () => 'KR')).toThrow('Arrangement a-3 not found');
  });
});
