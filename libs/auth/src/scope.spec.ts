import { ForbiddenException } from '@nestjs/common';
import { assertScope, regionOf } from './scope';
import { ROLES } from './roles';

const record = { region: 'DARKHAN', taxpayerId: '1234567' };

describe('scoping', () => {
  it('lets an operator user act only for its own company', () => {
    expect(() => assertScope({ sub: 'u', roles: [ROLES.operatorUser], taxpayerId: '1234567' }, record)).not.toThrow();
    expect(() => assertScope({ sub: 'u', roles: [ROLES.operatorUser], taxpayerId: '7654321' }, record)).toThrow(
      ForbiddenException,
    );
  });

  it('keeps a regional office inside its region and names both regions', () => {
    const office = { sub: 'o', roles: [ROLES.regionalOffice], region: 'ULAANBAATAR' };
    expect(() => assertScope(office, record)).toThrow('Region DARKHAN is outside your scope (ULAANBAATAR)');
    expect(() => assertScope({ ...office, region: 'DARKHAN' }, record)).not.toThrow();
  });

  it('gives executives national scope even with a region claim', () => {
    expect(regionOf({ sub: 'e', roles: [ROLES.executive], region: 'DARKHAN' })).toBeUndefined();
    expect(() => assertScope({ sub: 'e', roles: [ROLES.executive] }, record)).not.toThrow();
  });
});
