import type { ArrangementStep, MraArrangementState } from '../mra-arrangement.contract';
import { NEXT_PHASE, STEPS_BY_PHASE } from '../mra-arrangement.contract';

/**
 * Why `step` cannot be taken at the arrangement's phase, or undefined when it can. The update's
 * validator refuses with it (the caller gets 409 and the reason); the handler checks again.
 */
export function refusalOf(state: MraArrangementState, step: ArrangementStep): string | undefined {
  const { phase, progress } = state;
  const allowed = STEPS_BY_PHASE[phase];
  if (!allowed.includes(step.step))
    return `"${step.step}" is not possible while the arrangement is in phase ${phase}${allowed.length ? ` (possible: ${allowed.join(', ')})` : ''}`;
  if (step.step === 'advance') {
    const next = NEXT_PHASE[phase];
    if (step.to !== next)
      return `the arrangement is in phase ${phase}: it advances to ${next ?? 'no further phase this way'}, not to ${step.to}`;
    if (step.to === 'joint-validation' && progress.comparisonEntries === 0)
      return 'record the programme comparison before the joint validation';
    if (step.to === 'negotiation' && progress.visits === 0)
      return 'record at least one joint validation visit before the negotiation';
    if (step.to === 'operational' && progress.lastExchangeTest !== 'passed')
      return `the arrangement becomes operational only after a passed data-exchange test (last test: ${progress.lastExchangeTest ?? 'none'})`;
  }
  return undefined;
}
