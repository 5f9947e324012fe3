import type { MraTerms } from '@aeo/contracts';
import { lookUpEntry, matchForeignId, notRecognisedBecause } from './foreign-id-matching';
import type { ListEntryHit } from './foreign-ids.repository';

const TERMS: MraTerms = {
  statusTypes: ['AEOS'],
  directions: ['import'],
  benefitsWeGrant: ['reduced-physical-controls'],
  benefitsPartnerGrants: ['reduced-physical-controls'],
};
const A = '0b8f0c8e-2f8a-4b55-9a55-0a6f3d3b9c11';
const B = '1c9f0c8e-2f8a-4b55-9a55-0a6f3d3b9c12';
const hit = (overrides: Partial<ListEntryHit> = {}): ListEntryHit => ({
  arrangementId: A,
  arrangementTitle: 'China–Mongolia AEO MRA',
  partnerCountry: 'CN',
  phase: 'operational',
  terms: TERMS,
  aeoId: 'CN1100000003',
  name: 'Trader',
  statusType: 'AEOS',
  status: 'active',
  validFrom: '2025-01-01',
  validUntil: null,
  matchedBy: 'exact',
  ...overrides,
});

describe('matching a declared foreign AEO identifier', () => {
  it('takes the exact entry over a normalised one, and a normalised one over an alias', () => {
    expect(matchForeignId([hit(), hit({ aeoId: 'cn 1100000003', matchedBy: 'normalised' })])).toEqual({
      outcome: 'exact',
      entry: hit(),
    });
    const normalised = hit({ matchedBy: 'normalised' });
    expect(matchForeignId([normalised, hit({ aeoId: 'x', matchedBy: 'alias' })])).toEqual({
      outcome: 'normalised',
      entry: normalised,
    });
  });

  it('decides on the best kind of match alone: an exact hit on a suspended entry never falls through to an active normalised one', () => {
    const suspendedExact = hit({ status: 'suspended' });
    const activeNormalised = hit({ arrangementId: B, aeoId: 'CN 1100000003', matchedBy: 'normalised' });
    expect(matchForeignId([suspendedExact, activeNormalised])).toEqual({
      outcome: 'unmatched',
      candidates: [
        { arrangementId: A, aeoId: 'CN1100000003' },
        { arrangementId: B, aeoId: 'CN 1100000003' },
      ],
    });
    expect(lookUpEntry([suspendedExact, activeNormalised])).toEqual({ entry: suspendedExact });
  });

  it('passes over entries removed from the list and arrangements terminated when choosing the best kind', () => {
    const activeNormalised = hit({ aeoId: 'CN 1100000003', matchedBy: 'normalised' });
    for (const gone of [hit({ status: 'removed' }), hit({ arrangementId: B, phase: 'terminated' })]) {
      expect(matchForeignId([gone, activeNormalised])).toEqual({ outcome: 'normalised', entry: activeNormalised });
      expect(lookUpEntry([gone, activeNormalised])).toEqual({ entry: activeNormalised });
      expect(lookUpEntry([gone])).toEqual({ entry: gone });
    }
  });

  it('is ambiguous with several active entries of the best kind (two arrangements or two list rows)', () => {
    expect(
      matchForeignId([hit({ matchedBy: 'normalised' }), hit({ arrangementId: B, matchedBy: 'normalised' })]),
    ).toEqual({
      outcome: 'ambiguous',
      candidates: [
        { arrangementId: A, aeoId: 'CN1100000003' },
        { arrangementId: B, aeoId: 'CN1100000003' },
      ],
    });
  });

  it('is unmatched with no entry, or only suspended ones and ones of terminated arrangements (named as candidates)', () => {
    expect(matchForeignId([])).toEqual({ outcome: 'unmatched', candidates: [] });
    expect(matchForeignId([hit({ status: 'suspended' }), hit({ arrangementId: B, phase: 'terminated' })])).toEqual({
      outcome: 'unmatched',
      candidates: [
        { arrangementId: A, aeoId: 'CN1100000003' },
        { arrangementId: B, aeoId: 'CN1100000003' },
      ],
    });
  });
});

describe('recognition on a day', () => {
  it.each([
    [hit(), null],
    [hit({ phase: 'suspended' }), 'the arrangement China–Mongolia AEO MRA is suspended, not operational'],
    [hit({ status: 'removed' }), 'the partner list entry CN1100000003 is removed'],
    [hit({ validFrom: '2026-07-01' }), 'the partner list entry CN1100000003 is valid from 2026-07-01'],
    [hit({ validUntil: '2026-05-31' }), 'the partner list entry CN1100000003 expired on 2026-05-31'],
    [
      hit({ statusType: 'AEOC' }),
      'the partner list entry CN1100000003 is of status type AEOC, which the arrangement China–Mongolia AEO MRA does not cover (AEOS)',
    ],
  ])('%#: %j', (entry, reason) => {
    expect(notRecognisedBecause(entry, '2026-06-01')).toBe(reason);
  });

  it('answers with the active entry of the best kind, the suspended one without it, and no entry when ambiguous', () => {
    const suspended = hit({ status: 'suspended' });
    const active = hit({ arrangementId: B });
    expect(lookUpEntry([suspended, active, hit({ matchedBy: 'alias' })])).toEqual({ entry: active });
    expect(lookUpEntry([suspended])).toEqual({ entry: suspended });
    expect(lookUpEntry([hit(), active])).toEqual({ ambiguous: [hit(), active] });
    expect(lookUpEntry([])).toBeUndefined();
  });
});
