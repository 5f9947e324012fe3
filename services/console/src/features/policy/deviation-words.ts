import type { TFunction } from 'i18next';

/** Each phase's pill (AA contrast: styles.css): escalated stands out, closed is quiet. */
export const PHASE_PILL: Record<string, string> = {
  opened: 'pill-warn',
  analysis: 'pill-info',
  'improvement-plan': 'pill-info',
  implementation: 'pill-info',
  verification: 'pill-good',
  escalated: 'pill-bad',
  closed: 'pill-neutral',
};

/** A case's scope as people read it: national, or the region's code as the data has it. */
export const scopeLabel = (t: TFunction, scope: string) =>
  scope === 'national' ? t('policy.deviations.national') : scope;
