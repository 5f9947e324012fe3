import type { TFunction } from 'i18next';
import { formatDate } from '@aeo/web';

/** A deadline as the portal words it: the due date and time in the trader's zone, and the days left (or overdue). */
export function deadlineText(
  t: TFunction,
  language: string,
  deadline: { dueAt: string; daysLeft: number } | null | undefined,
): string {
  if (!deadline) return t('progress.noDeadline');
  const due = t('progress.dueBy', { date: formatDate(deadline.dueAt, language, true) });
  const left =
    deadline.daysLeft === 0
      ? t('progress.dueToday')
      : deadline.daysLeft > 0
        ? t('progress.daysLeft', { count: deadline.daysLeft })
        : t('progress.overdue', { count: -deadline.daysLeft });
  return `${due} · ${left}`;
}
