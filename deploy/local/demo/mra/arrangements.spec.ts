import { mraTermsSchema } from '@aeo/contracts';
import { DEMO_ARRANGEMENTS, roleFor, stepsToTarget, type DemoStep } from './arrangements';

const [china, korea] = DEMO_ARRANGEMENTS;
const names = (steps: DemoStep[]) => steps.map((step) => (step.step === 'advance' ? `advance→${step.to}` : step.step));

describe('the demo arrangements', () => {
  it('walks China from preparation to operational: compared, visited, negotiated, signed by an executive, tested', () => {
    const steps = stepsToTarget(china, 'preparation');
    expect(names(steps)).toEqual([
      'advance→programme-comparison',
      'record-comparison',
      'advance→joint-validation',
      'record-visit',
      'record-visit',
      'advance→negotiation',
      'record-negotiation-round',
      'sign',
      'advance→implementation',
      'record-exchange-test',
      'advance→operational',
    ]);
    expect(steps.map(roleFor).filter((role) => role === 'executive')).toHaveLength(1);
    expect(roleFor(steps[7])).toBe('executive');
    expect(steps.find((step) => step.step === 'record-exchange-test')).toMatchObject({ outcome: 'passed' });
  });

  it('signs China with valid terms covering AEOS and AEOF both ways', () => {
    const sign = stepsToTarget(china, 'negotiation').find((step) => step.step === 'sign');
    expect(sign).toBeDefined();
    const terms = mraTermsSchema.parse(sign!.step === 'sign' ? sign!.terms : undefined);
    expect(terms.statusTypes).toEqual(['AEOS', 'AEOF']);
    expect(terms.directions).toEqual(['import', 'export']);
  });

  it('leaves Korea in negotiation after its first round', () => {
    expect(names(stepsToTarget(korea, 'preparation'))).toEqual([
      'advance→programme-comparison',
      'record-comparison',
      'advance→joint-validation',
      'record-visit',
      'advance→negotiation',
      'record-negotiation-round',
    ]);
  });

  it('goes on from where an earlier run stopped, and plans nothing once the target is reached', () => {
    expect(names(stepsToTarget(china, 'signed'))).toEqual([
      'advance→implementation',
      'record-exchange-test',
      'advance→operational',
    ]);
    expect(stepsToTarget(china, 'operational')).toEqual([]);
    expect(stepsToTarget(korea, 'negotiation')).toEqual([]);
    expect(stepsToTarget(china, 'suspended')).toEqual([]);
    expect(stepsToTarget(korea, 'terminated')).toEqual([]);
  });
});
