import { createHash } from 'node:crypto';
import { AUDIT_CHAIN_GENESIS, auditEntryCanonicalForm, auditEntryHash, epochMicroseconds } from './audit-chain';

const entry = {
  chain_seq: '1',
  prev_hash: AUDIT_CHAIN_GENESIS,
  hash: '',
  id: '7',
  at_utc: '2026-12-01T08:30:00.000001',
  actor_sub: 'Бат',
  actor_roles: ['executive', 'say "hi"'],
  action: 'authorisation.granted',
  entity_type: 'application',
  entity_id: 'a-1',
  before_text: null,
  after_text: '{"status": "granted"}',
  reason: '',
  correlation_id: null,
};

describe('the audit chain canonical form', () => {
  it('writes each field as its UTF-8 byte length and text, NULL as -', () => {
    expect(auditEntryCanonicalForm(entry)).toBe(
      '12:aeo-audit-v1' +
        '1:1' +
        `64:${AUDIT_CHAIN_GENESIS}` +
        '1:7' +
        '16:1796113800000001' +
        '6:Бат' +
        '27:["executive", "say \\"hi\\""]' +
        '21:authorisation.granted' +
        '11:application' +
        '3:a-1' +
        '-' +
        '21:{"status": "granted"}' +
        '0:' +
        '-',
    );
    expect(auditEntryHash(entry)).toBe(createHash('sha256').update(auditEntryCanonicalForm(entry)).digest('hex'));
  });

  it('hashes another position differently', () => {
    expect(auditEntryHash(entry, '2')).not.toBe(auditEntryHash(entry));
  });

  it('counts microseconds from the epoch, before it too, and refuses what it cannot read', () => {
    expect(epochMicroseconds('1970-01-01T00:00:00.000000')).toBe(0n);
    expect(epochMicroseconds('1969-12-31T23:59:59.500000')).toBe(-500000n);
    expect(epochMicroseconds('0099-01-01T00:00:00.000000')).toBe(-59042995200000000n);
    expect(() => epochMicroseconds('2026-12-01 08:30:00')).toThrow(/unreadable/);
  });
});
