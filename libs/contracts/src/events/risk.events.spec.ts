import { ChannelDecided } from './risk.events';

const decided = {
  decisionId: '00000000-0000-4000-8000-000000000001',
  declarationId: 'D-1',
  traderTaxpayerId: '1234567',
  channel: 'red',
  riskScore: 10,
  firedRules: [],
  benefitsApplied: [],
  randomSelection: { draw: 0.01, rate: 0.02, selected: true },
  priority: true,
  priorNotice: true,
  modelVersion: 'v1',
  decidedAt: '2026-03-02T23:30:01.000Z',
};

describe('aeo.channel.decided.v1', () => {
  it('states the AEO standing the decision applied: a status type, null for none, absent in older decisions', () => {
    expect(ChannelDecided.schema.parse({ ...decided, aeoStatusType: 'AEOS' }).aeoStatusType).toBe('AEOS');
    expect(ChannelDecided.schema.parse({ ...decided, aeoStatusType: null }).aeoStatusType).toBeNull();
    expect(ChannelDecided.schema.parse(decided)).not.toHaveProperty('aeoStatusType');
    const wrong = ChannelDecided.schema.safeParse({ ...decided, aeoStatusType: 'AEO' });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]?.path).toEqual(['aeoStatusType']);
  });
});
