import { ForbiddenException } from '@nestjs/common';
import { assertScope, regionFilterOf, regionOf } from './scope';
import { ROLES } from './roles';

const record = { region: 'DARKHAN', taxpayerId: '1234567' };

describe('scoping', () => {
  it('lets an operator user act only for its own company', () => {
    expect(() => assertScope({ sub: 'u', roles: [ROLES.operatorUser], taxpayerId: '1234567' }, record)).not.toThrow();
    expect(() => assertScope({ sub: 'u', roles: [ROLES.operatorUser], taxpayerId: '7654321' }, record)).toThrow(
      ForbiddenException,
    );
  });

  it('narrows a list to the region asked for, a regional office to its own (another region is 403)', () => {
    const office = { sub: 'o', roles: [ROLES.regionalOffice], region: 'DARKHAN' };
    expect(regionFilterOf(office, undefined)).toBe('DARKHAN');
    expect(regionFilterOf(office, 'DARKHAN')).toBe('DARKHAN');
    expect(() => regionFilterOf(office, 'KHOVD')).toThrow('Region KHOVD is outside your scope (DARKHAN)');
    expect(regionFilterOf({ sub: 'e', roles: [ROLES.executive] }, 'KHOVD')).toBe('KHOVD');
    expect(regionFilterOf({ sub: 'e', roles: [ROLES.executive] }, undefined)).toBeUndefined();
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
