import { ConflictException } from '@nestjs/common';
import { APPLICATION_STATUSES, assertTransition, canTransition } from './application-status';

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
});
