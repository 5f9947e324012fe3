import { ConflictException } from '@nestjs/common';
import { APPLICATION_STATUSES, assertTransition, canTransition, sameDecisionRecorded } from './application-status';

describe('application state machine', () => {
  it('allows acceptance, rejection and withdrawal of a submitted application', () => {
    expect(canTransition('submitted', 'accepted')).toBe(true);
    expect(canTransition('submitted', 'rejected')).toBe(true);
    expect(canTransition('submitted', 'withdrawn')).toBe(true);
  });

  it('treats rejected, withdrawn, granted and refused as final', () => {
    for (const to of APPLICATION_STATUSES) {
      for (const final of ['rejected', 'withdrawn', 'granted', 'refused'] as const)
        expect(canTransition(final, to)).toBe(false);
    }
  });

  it('submits a draft only through the submission (never straight to acceptance)', () => {
    expect(canTransition('draft', 'submitted')).toBe(true);
    expect(canTransition('draft', 'accepted')).toBe(false);
    expect(canTransition('draft', 'withdrawn')).toBe(true);
  });

  it('never refuses without a hearing, and lets the operator withdraw until the decision', () => {
    expect(canTransition('accepted', 'refused')).toBe(false);
    expect(canTransition('accepted', 'hearing')).toBe(true);
    expect(canTransition('hearing', 'refused')).toBe(true);
    expect(canTransition('hearing', 'granted')).toBe(true);
    expect(canTransition('accepted', 'withdrawn')).toBe(true);
    expect(canTransition('hearing', 'withdrawn')).toBe(true);
  });

  it('answers an illegal transition with a 409 that names both states', () => {
    expect(() => assertTransition('app-1', 'rejected', 'accepted')).toThrow(ConflictException);
    expect(() => assertTransition('app-1', 'rejected', 'accepted')).toThrow(
      'Application app-1 is rejected; it cannot become accepted',
    );
  });

  it('recognises an acceptance decision already recorded for the same person and grounds only', () => {
    const accepted = { status: 'accepted' as const, decidedBy: 'officer-1', statusReason: null };
    expect(sameDecisionRecorded(accepted, 'accepted', 'officer-1', undefined)).toBe(true);
    expect(sameDecisionRecorded(accepted, 'accepted', 'officer-2', undefined)).toBe(false);
    expect(sameDecisionRecorded(accepted, 'rejected', 'officer-1', 'incomplete')).toBe(false);
    expect(
      sameDecisionRecorded({ ...accepted, statusReason: 'deemed accepted' }, 'accepted', 'officer-1', undefined),
    ).toBe(false);
    expect(sameDecisionRecorded({ ...accepted, status: 'hearing' }, 'accepted', 'officer-1', undefined)).toBe(false);
    const rejected = { status: 'rejected' as const, decidedBy: 'officer-1', statusReason: 'incomplete' };
    expect(sameDecisionRecorded(rejected, 'rejected', 'officer-1', 'incomplete')).toBe(true);
    expect(sameDecisionRecorded(rejected, 'rejected', 'officer-1', 'other grounds')).toBe(false);
  });
});
