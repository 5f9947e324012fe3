import type { TFunction } from 'i18next';
import { ROLES, type Role } from '@aeo/web';

/** The WCO MRA phases in their order (the service's MRA_PHASES before suspended and terminated). */
export const WCO_PHASES = [
  'preparation',
  'programme-comparison',
  'joint-validation',
  'negotiation',
  'signed',
  'implementation',
  'operational',
] as const;
export const ALL_PHASES = [...WCO_PHASES, 'suspended', 'terminated'] as const;
export type Phase = (typeof ALL_PHASES)[number];

/** Where `advance` takes an arrangement from each phase (negotiation ends with the executive's signature). */
export const ADVANCES_TO: Partial<
  Record<string, 'programme-comparison' | 'joint-validation' | 'negotiation' | 'implementation' | 'operational'>
> = {
  preparation: 'programme-comparison',
  'programme-comparison': 'joint-validation',
  'joint-validation': 'negotiation',
  signed: 'implementation',
  implementation: 'operational',
};

/** A person's step on an arrangement, as the console offers it. */
export type StepKind = 'advance' | 'visit' | 'round' | 'test' | 'suspend' | 'resume' | 'sign' | 'terminate';

/**
 * The steps open to the caller's roles in the phase (the workflow still decides: a step it refuses
 * is answered 409 with its reason). MRA officers run the arrangement; executives sign and terminate.
 */
export function stepsFor(phase: string, roles: readonly Role[]): StepKind[] {
  const steps: StepKind[] = [];
  if (roles.includes(ROLES.mraOfficer)) {
    if (ADVANCES_TO[phase]) steps.push('advance');
    if (phase === 'joint-validation') steps.push('visit');
    if (phase === 'negotiation') steps.push('round');
    if (phase === 'implementation') steps.push('test');
    if (phase === 'signed' || phase === 'implementation' || phase === 'operational') steps.push('suspend');
    if (phase === 'suspended') steps.push('resume');
  }
  if (roles.includes(ROLES.executive)) {
    if (phase === 'negotiation') steps.push('sign');
    if (phase !== 'terminated') steps.push('terminate');
  }
  return steps;
}

/** A phase in the person's words (rows from before the workflow may hold an older name: shown as such). */
export function phaseLabel(t: TFunction, phase: string | null | undefined): string {
  if (!phase) return '—';
  return (ALL_PHASES as readonly string[]).includes(phase)
    ? t(`recognition.phases.${phase}`)
    : t('recognition.phases.unknown', { phase });
}

/** A recorded step in the person's words (its name when the console does not know it). */
export function stepLabel(t: TFunction, step: string | null | undefined): string {
  if (!step) return t('recognition.steps.none');
  return t(`recognition.steps.${step}`, { defaultValue: step });
}

/** The pill class of an arrangement's status (AA contrast: styles.css). */
export function statusPill(status: string): string {
  return status === 'active' ? 'pill pill-good' : status === 'suspended' ? 'pill pill-warn' : 'pill pill-neutral';
}
