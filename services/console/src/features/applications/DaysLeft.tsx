import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

/** The words for days left to a legal deadline, and their tone (overdue red, within three days orange). */
export function daysLeftLabel(t: TFunction, daysLeft: number, overdue: boolean) {
  const tone = overdue ? 'overdue' : daysLeft <= 3 ? 'soon' : 'ok';
  const text = overdue
    ? t('queue.overdueBy', { count: Math.max(1, -daysLeft) })
    : daysLeft === 0
      ? t('queue.dueToday')
      : t('queue.daysLeft', { count: daysLeft });
  return { tone, text };
}

/**
 * Days left as a light pill. Long tables call `daysLeftPill` with the page's `t` instead (a hook
 * per row of a 200-row page is measurable in the benchmark).
 */
export function daysLeftPill(t: TFunction, daysLeft: number, overdue: boolean) {
  const { tone, text } = daysLeftLabel(t, daysLeft, overdue);
  return (
    <span className={`days-left days-left-${tone}`} data-overdue={overdue}>
      {text}
    </span>
  );
}

export function DaysLeft({ daysLeft, overdue }: { daysLeft: number; overdue: boolean }) {
  const { t } = useTranslation();
  return daysLeftPill(t, daysLeft, overdue);
}
