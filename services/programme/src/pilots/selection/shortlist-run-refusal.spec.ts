import { ServiceUnavailableException } from '@nestjs/common';
import { WorkflowFailedError } from '@temporalio/client';
import { ActivityFailure, ApplicationFailure, RetryState } from '@temporalio/common';
import { shortlistRunRefusal } from './selection.service';

describe('shortlistRunRefusal', () => {
  it('answers a failed shortlist run with 503 and the reason', () => {
    const cause = new ActivityFailure(
      'Activity task failed',
      'rankPilotCandidates',
      '1',
      RetryState.NON_RETRYABLE_FAILURE,
      undefined,
      ApplicationFailure.nonRetryable('pilot candidate ranking unavailable'),
    );
    const refusal = shortlistRunRefusal(
      new WorkflowFailedError('Workflow execution failed', cause, RetryState.NON_RETRYABLE_FAILURE),
      3,
      'pilot-shortlist-p-3',
    );
    expect(refusal).toBeInstanceOf(ServiceUnavailableException);
    expect(refusal.message).toContain('Shortlist 3 could not be taken');
    expect(refusal.message).toContain('pilot candidate ranking unavailable');
  });

  it('leaves other errors as they are', () => {
    const error = new Error('connection refused');
    expect(shortlistRunRefusal(error, 1, 'w')).toBe(error);
  });
});
