import { AEO_BENEFITS, AeoStatusRecord, aeoStandingAt, benefitsOf } from './aeo-benefits';

const record = (overrides: Partial<AeoStatusRecord> = {}): AeoStatusRecord => ({
  taxpayerId: '1000001',
  operatorId: '00000000-0000-4000-8000-000000000001',
  authorisationNumber: 'MN-AEO-0001',
  statusType: 'AEOF',
  status: 'granted',
  suspendedScope: null,
  effectiveFrom: new Date('2026-01-05T00:00:00Z'),
  statusEffectiveFrom: new Date('2026-01-05T00:00:00Z'),
  consentToMraSharing: true,
  ...overrides,
});
const after = new Date('2026-02-01T00:00:00Z');
const before = new Date('2026-01-01T00:00:00Z');
const between = new Date('2026-01-20T00:00:00Z');

describe('AEO standing and benefits', () => {
  it('gives nothing to an unknown taxpayer or before the grant takes effect', () => {
    expect(benefitsOf(aeoStandingAt(null, after))).toEqual([]);
    expect(benefitsOf(aeoStandingAt(record(), before))).toEqual([]);
  });

  it('gives an AEOF both parts from its effective date, with the basis', () => {
    const standing = aeoStandingAt(record(), after);
    expect(standing).toEqual({
      statusType: 'AEOF',
      customs: true,
      security: true,
      basis: 'AEOF authorisation MN-AEO-0001 effective 2026-01-05',
    });
    expect(benefitsOf(standing)).toEqual(
      expect.arrayContaining([
        AEO_BENEFITS.reducedDocumentaryControls,
        AEO_BENEFITS.reducedPhysicalInspection,
        AEO_BENEFITS.priorNotice,
      ]),
    );
  });

  it('removes only the security part when it is suspended, everything when the whole is', () => {
    const security = aeoStandingAt(record({ status: 'suspended', suspendedScope: 'security' }), after);
    expect(security).toMatchObject({ customs: true, security: false });
    expect(benefitsOf(security)).not.toContain(AEO_BENEFITS.reducedPhysicalInspection);
    expect(
      aeoStandingAt(record({ statusType: 'AEOS', status: 'suspended', suspendedScope: 'security' }), after),
    ).toMatchObject({ customs: false, security: false });
    expect(benefitsOf(aeoStandingAt(record({ status: 'suspended', suspendedScope: 'whole' }), after))).toEqual([]);
  });

  it('keeps benefits until a suspension or revocation takes effect', () => {
    expect(aeoStandingAt(record({ status: 'revoked', statusEffectiveFrom: after }), between)).toMatchObject({
      customs: true,
      security: true,
      basis: 'AEOF authorisation MN-AEO-0001 (revoked from 2026-02-01)',
    });
    expect(aeoStandingAt(record({ status: 'revoked', statusEffectiveFrom: between }), after)).toMatchObject({
      customs: false,
      security: false,
    });
  });

  it('gives nothing before the authorisation itself takes effect, whatever changed since', () => {
    const notYet = { effectiveFrom: after, statusEffectiveFrom: between };
    expect(benefitsOf(aeoStandingAt(record({ ...notYet, status: 'granted' }), between))).toEqual([]);
    expect(
      benefitsOf(aeoStandingAt(record({ ...notYet, status: 'suspended', suspendedScope: 'security' }), between)),
    ).toEqual([]);
    expect(
      benefitsOf(
        aeoStandingAt(
          record({ ...notYet, status: 'revoked', statusEffectiveFrom: new Date('2026-03-01T00:00:00Z') }),
          between,
        ),
      ),
    ).toEqual([]);
    // Reinstated before its effective date: in force from that date on.
    expect(aeoStandingAt(record({ ...notYet, status: 'granted' }), new Date('2026-02-02T00:00:00Z'))).toMatchObject({
      customs: true,
      security: true,
      basis: 'AEOF authorisation MN-AEO-0001 effective 2026-02-01',
    });
  });
});
