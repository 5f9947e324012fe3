import { ConflictException } from '@nestjs/common';
import { APPLICATION_STATUSES, assertTransition, canTransition } from './application-status';

describe('application state machine', () => {
  it('allows acceptance, rejection and withdrawal of a submitted application', () => {
    expect(canTransition('submitted', 'accepted')).toBe(true);
    expect(canTransition('submitted', 'rejected')).toBe(true);
    expect(canTransition('submitted', 'withdrawn')).toBe(true);
  });

  it('treats rejected and withdrawn as final', () => {
    for (const to of APPLICATION_STATUSES) {
      expect(canTransition('rejected', to)).toBe(false);
      expect(canTransition('withdrawn', to)).toBe(false);
    }
  });

  it('answers an illegal transition with a 409 that names both states', () => {
    expect(() => assertTransition('app-1', 'rejected', 'accepted')).toThrow(ConflictException);
    expect(() => assertTransition('app-1', 'rejected', 'accepted')).toThrow('Application app-1 is rejected; it cannot become accepted');
  });
});
