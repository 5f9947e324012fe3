import { ForbiddenException, NotFoundException } from '@nestjs/common';
import { assertMayActFor, assertScope, regionFilterOf, regionOf } from './scope';
import { ROLES } from './roles';

const record = { region: 'DARKHAN', taxpayerId: '1234567' };

describe('scoping', () => {
  it('lets an operator user see only its own company’s records: another company’s is not found, as an unknown id', () => {
    const own = { sub: 'u', roles: [ROLES.operatorUser], taxpayerId: '1234567' };
    expect(() => assertScope(own, record)).not.toThrow();
    const stranger = { ...own, taxpayerId: '7654321' };
    expect(() => assertScope(stranger, record, 'Application a-1')).toThrow(NotFoundException);
    expect(() => assertScope(stranger, record, 'Application a-1')).toThrow('Application a-1 not found');
    expect(() => assertScope({ ...own, taxpayerId: undefined }, record)).toThrow('Record not found');
  });

  it('refuses an operator user acting for a company its request names that is not its own (403, naming it)', () => {
    const own = { sub: 'u', roles: [ROLES.operatorUser], taxpayerId: '1234567' };
    expect(() => assertMayActFor(own, record)).not.toThrow();
    expect(() => assertMayActFor({ ...own, taxpayerId: '7654321' }, record)).toThrow(ForbiddenException);
    const office = { sub: 'o', roles: [ROLES.regionalOffice], region: 'ULAANBAATAR' };
    expect(() => assertMayActFor(office, record)).toThrow('Region DARKHAN is outside your scope (ULAANBAATAR)');
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
